import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph export dot [--person NAME [--depth N | --timeline] | --meeting M [--date D] | --policy P |
/// --kinds K,… --from D --to D] [--max-nodes N] [--layout dot|sfdp|neato|fdp] [--cluster province|organization]
/// [--no-legend] [--size W,H]
/// [-o FILE] [--render svg|png|pdf]`
struct DotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Draw a meeting, a person's neighbourhood or career, a policy's timeline or the whole graph as Graphviz DOT.",
        discussion: """
            With --person, --meeting or --policy the drawing is that view; without them, the whole graph, \
            which --kinds, --from and --to cut down. --person NAME --timeline draws the person's posts and \
            meetings by month on a time axis. The DOT goes to standard output, or to -o FILE. With \
            --render, Graphviz's dot draws the picture into -o FILE in the Chinese font installed here, and \
            the DOT is written next to it with the extension .dot. --max-nodes keeps a large view to its most \
            connected entities, --cluster frames the entities of each province or organisation together, \
            --layout, --no-legend and --size set how it is drawn. The same graph always \
            gives the same bytes.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var scope: ViewOptions
    @OptionGroup var drawing: DrawingOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (the picture, with --render).", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("Render with Graphviz: svg, png or pdf (needs -o).", valueName: "format"))
    var render: GraphvizFormat?

    func validate() throws {
        if render != nil {
            guard let output else { throw ValidationError("--render needs -o FILE, the picture to write") }
            guard URL(fileURLWithPath: output).pathExtension.lowercased() != "dot" else {
                throw ValidationError("with --render, -o names the picture; the DOT is written next to it as .dot")
            }
        }
    }

    /// The view the options ask for.
    func view(from graph: GraphStore) throws -> GraphView {
        // DOT prints neither keys nor evidence: they are not read. A person's roles are counted per meeting name.
        try scope.view(from: graph, path: store.path, facts: false, groupsRoles: true)
    }

    /// The DOT of the view the options ask for, in the Chinese font installed here.
    func dot(renderer: GraphvizRenderer = GraphvizRenderer()) throws -> String {
        // The installed font is asked of fontconfig (a process of its own) while the graph is read; the
        // renderer keeps the answer, and `writer()` waits for it.
        DispatchQueue.global().async { _ = renderer.installedCJKFont() }
        let graph = try store.openExisting()
        let view = try drawing.clustered(try view(from: graph), builder: GraphViewBuilder(store: graph))
        return try drawing.writer(from: renderer.writer()).write(view)
    }

    /// The DOT file written next to a rendered picture: the picture's path with `.dot`.
    static func dotPath(besides picture: String) -> String {
        URL(fileURLWithPath: picture).deletingPathExtension().appendingPathExtension("dot").path
    }

    func run() throws {
        let renderer = GraphvizRenderer()
        let dot = try dot(renderer: renderer)
        guard let render, let output else {
            if let output {
                try Self.write(dot, to: output)
            } else {
                FileHandle.standardOutput.write(Data(dot.utf8))
            }
            return
        }
        try Self.write(dot, to: Self.dotPath(besides: output))
        let warnings = try renderer.render(dot: dot, format: render, to: URL(fileURLWithPath: output))
        if !warnings.isEmpty { FileHandle.standardError.write(Data((warnings + "\n").utf8)) }
    }

    /// Writes `text` to `path`, with a clear error when the file cannot be written.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}

extension GraphvizFormat: ExpressibleByArgument {}

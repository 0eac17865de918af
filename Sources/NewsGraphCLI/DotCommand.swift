import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph export dot [--person NAME [--depth N] | --meeting M [--date D] | --policy P |
/// --kinds K,… --from D --to D] [-o FILE] [--render svg|png|pdf]`
struct DotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Draw a meeting, a person's neighbourhood, a policy's timeline or the whole graph as Graphviz DOT.",
        discussion: """
            With --person, --meeting or --policy the drawing is that view; without them, the whole graph, \
            which --kinds, --from and --to cut down. The DOT goes to standard output, or to -o FILE. With \
            --render, Graphviz's dot draws the picture into -o FILE in the Chinese font installed here, and \
            the DOT is written next to it with the extension .dot. The same graph always gives the same bytes.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Draw this person's meetings, posts and organisations.", valueName: "name"))
    var person: String?
    @Option(help: ArgumentHelp("With --person: 2 adds the people met at those meetings.", valueName: "n"))
    var depth: Int?
    @Option(help: ArgumentHelp("Draw the meetings this name matches with their people.", valueName: "meeting"))
    var meeting: String?
    @Option(help: ArgumentHelp("With --meeting: only meetings held on this date.", valueName: "YYYY-MM-DD"))
    var date: String?
    @Option(help: ArgumentHelp("Draw the timeline of the policies whose name contains this.", valueName: "policy"))
    var policy: String?
    @Option(help: ArgumentHelp("Whole graph: only these kinds, comma-separated (\(EntityKind.allCases.map(\.rawValue).joined(separator: ","))).",
                               valueName: "kinds"))
    var kinds: String?
    @Option(help: ArgumentHelp("Whole graph: only relations dated on or after this date.", valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(help: ArgumentHelp("Whole graph: only relations dated on or before this date.", valueName: "YYYY-MM-DD"))
    var to: String?
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (the picture, with --render).", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("Render with Graphviz: svg, png or pdf (needs -o).", valueName: "format"))
    var render: GraphvizFormat?

    func validate() throws {
        let focus = [person, meeting, policy].compactMap { $0 }
        guard focus.count <= 1 else { throw ValidationError("draw one of --person, --meeting and --policy at a time") }
        if depth != nil, person == nil { throw ValidationError("--depth goes with --person") }
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1, not \(depth)") }
        if date != nil, meeting == nil { throw ValidationError("--date goes with --meeting") }
        if !focus.isEmpty, kinds != nil || from != nil || to != nil {
            throw ValidationError("--kinds, --from and --to cut down the whole graph; leave out --person, --meeting and --policy")
        }
        try DateArgument.validate(date, option: "--date")
        try DateArgument.validate(from, option: "--from")
        try DateArgument.validate(to, option: "--to")
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        _ = try parsedKinds()
        if render != nil {
            guard let output else { throw ValidationError("--render needs -o FILE, the picture to write") }
            guard URL(fileURLWithPath: output).pathExtension.lowercased() != "dot" else {
                throw ValidationError("with --render, -o names the picture; the DOT is written next to it as .dot")
            }
        }
    }

    /// The entity kinds `--kinds` names, or nil when it is absent.
    func parsedKinds() throws -> Set<EntityKind>? {
        guard let kinds else { return nil }
        var set: Set<EntityKind> = []
        for part in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let kind = EntityKind(rawValue: part.lowercased()) else {
                throw ValidationError("--kinds: no kind \(part); the kinds are "
                                      + EntityKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            set.insert(kind)
        }
        guard !set.isEmpty else { throw ValidationError("--kinds names no kind") }
        return set
    }

    /// The view the options ask for.
    func view(from graph: GraphStore) throws -> GraphView {
        let builder = GraphViewBuilder(store: graph)
        do {
            if let person { return try builder.person(named: person, depth: depth ?? 1) }
            if let meeting { return try builder.meeting(matching: meeting, date: date) }
            if let policy { return try builder.policy(matching: policy) }
            return try builder.whole(kinds: try parsedKinds(), from: from, to: to)
        } catch let error as NewsGraphError where error.kind == .notFound || error.kind == .invalidArgument {
            throw CLIError(error.message + " (in \(store.path))")
        }
    }

    /// The DOT of the view the options ask for, in the Chinese font installed here.
    func dot(renderer: GraphvizRenderer = GraphvizRenderer()) throws -> String {
        try renderer.writer().write(try view(from: try store.openExisting()))
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

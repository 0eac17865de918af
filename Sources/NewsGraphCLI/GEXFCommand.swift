import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphStore

/// `newsgraph export gexf [view options] [-o FILE]`: the view as one GEXF document.
struct GEXFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gexf",
        abstract: "Write a view of the graph as GEXF 1.3 for Gephi, with a timeline.",
        discussion: """
            The view options are those of `export dot`; the document holds the nodes and edges that drawing \
            shows. GEXF 1.3 with kind, key, detail, dates as node attributes and kind, role, ordinal, date, \
            article, evidence as edge attributes; the graph is dynamic (timeformat=date): a node lives from the \
            first to the last date it is seen on, an edge on its day, so Gephi's timeline plays the graph issue \
            by issue. It goes to standard output, or to -o FILE; the same graph always gives the same bytes.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var scope: ViewOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String?

    /// The document the options ask for.
    func document() throws -> String {
        try GEXFWriter().write(try scope.view(from: try store.openExisting(), path: store.path))
    }

    func run() throws {
        try DocumentOutput.write(try document(), to: output)
    }
}

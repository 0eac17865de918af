import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphStore

/// `newsgraph export graphml [view options] [-o FILE]`: the view as one GraphML document.
struct GraphMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphml",
        abstract: "Write a view of the graph as GraphML for Gephi, Cytoscape, yEd, networkx or igraph.",
        discussion: """
            The view options are those of `export dot`; the document holds the nodes and edges that drawing \
            shows. GraphML declares its data with <key>: for nodes kind, key, label, detail, date, first_seen, \
            last_seen; for edges kind, role, label, ordinal, date, article and evidence. Node ids are the stable \
            keys (person:韩俊). It goes to standard output, or to -o FILE; the same graph always gives the same \
            bytes.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var scope: ViewOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String?

    /// The document the options ask for.
    func document() throws -> String {
        try GraphMLWriter().write(try scope.view(from: try store.openExisting(), path: store.path))
    }

    func run() throws {
        try DocumentOutput.write(try document(), to: output)
    }
}

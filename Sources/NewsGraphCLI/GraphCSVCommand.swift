import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphStore

/// `newsgraph export csv [view options] -o DIR`: `nodes.csv` and `edges.csv` for pandas or R.
struct GraphCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Write a view of the graph as nodes.csv and edges.csv into a folder.",
        discussion: """
            The view options are those of `export dot`; the tables hold the nodes and edges that drawing \
            shows. nodes.csv: key, kind, name, detail, date, first_seen, last_seen. edges.csv: from and to \
            (node keys), kind, role, label, ordinal (from 1), date, article (its key) and evidence. \
            RFC 4180 quoting, UTF-8; the same graph always gives the same bytes.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var scope: ViewOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write nodes.csv and edges.csv into.", valueName: "dir"))
    var output: String

    /// The files the options ask for.
    func folder() throws -> ExportFolder {
        try GraphCSVWriter().write(try scope.view(from: try store.openExisting(), path: store.path))
    }

    func run() throws {
        try folder().write(to: URL(fileURLWithPath: output))
    }
}

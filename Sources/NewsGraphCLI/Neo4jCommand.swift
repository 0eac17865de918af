import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphStore

/// `newsgraph export neo4j [view options] -o DIR`: CSV files for `neo4j-admin database import`.
struct Neo4jCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neo4j",
        abstract: "Write a view of the graph as CSV files for neo4j-admin database import into a folder.",
        discussion: """
            The view options are those of `export dot`; the files hold the nodes and edges that drawing shows. \
            One nodes file per label (persons.csv: key:ID,name,:LABEL,detail,date:date,first_seen:date,\
            last_seen:date), one relationships file per type (presided.csv: :START_ID,:END_ID,:TYPE,label,\
            ordinal:int,date:date,article,evidence), and import.sh, which runs `neo4j-admin database import \
            full` on them (Neo4j stopped). The same graph always gives the same bytes.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var scope: ViewOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write the import files into.", valueName: "dir"))
    var output: String

    /// The files the options ask for.
    func folder() throws -> ExportFolder {
        try Neo4jWriter().write(try scope.view(from: try store.openExisting(), path: store.path))
    }

    func run() throws {
        try folder().write(to: URL(fileURLWithPath: output))
    }
}

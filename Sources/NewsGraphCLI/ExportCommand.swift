import ArgumentParser

/// `newsgraph export …`: configuration only; each output format is a subcommand.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write parts of the graph in other formats.",
        subcommands: [DotCommand.self, GraphMLCommand.self, GEXFCommand.self, Neo4jCommand.self, GraphCSVCommand.self]
    )
}

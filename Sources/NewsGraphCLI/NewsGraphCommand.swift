import ArgumentParser

/// The `newsgraph` command: configuration only; every action is a subcommand.
public struct NewsGraphCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn Chinese newspaper pages into a knowledge graph of people, organisations, meetings and policies.",
        discussion: """
            The graph lives in a SQLite file: --db FILE, else $NEWSGRAPH_DB, else newsgraph.sqlite in the \
            working folder. Start with `newsgraph ingest PATH...`, then ask `attendees`, `meetings --person`, \
            `person`, `trace`, draw with `export dot`, export with `export graphml|gexf|neo4j|csv`, or browse with \
            `serve` and `report`.
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, ArticlesCommand.self, ShowCommand.self, StatsCommand.self, FactsCommand.self,
            EvalCommand.self, TagCommand.self, AttendeesCommand.self, MeetingsCommand.self, PersonCommand.self,
            PeopleCommand.self,
            TraceCommand.self, SearchCommand.self, SQLCommand.self, ExplainCommand.self, BenchCommand.self, ExportCommand.self,
            TrainCommand.self, MigrateCommand.self, ServeCommand.self, ReportCommand.self,
        ]
    )

    public init() {}
}

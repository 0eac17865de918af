import ArgumentParser
import NewsGraphExport
import NewsGraphStore

/// `newsgraph people [--name PART] [--from D] [--to D] [--top N]`
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people of the graph, those printed in the most articles first, with their keys and counts."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Option(help: "Only names containing this (e.g. 张).") var name: String?
    @Option(help: ArgumentHelp("Only people seen in an issue on or after this date.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Only people seen in an issue on or before this date.", valueName: "YYYY-MM-DD")) var to: String?
    @Option(help: "Only the first N.") var top: Int?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// One person in JSON.
    struct Item: Encodable {
        var key: String
        var name: String
        /// The articles that print the person.
        var count: Int
        @Nullable var first_seen: String?
        @Nullable var last_seen: String?
        var posts: [String]
    }

    func validate() throws {
        try DateArgument.validate(from, option: "--from")
        try DateArgument.validate(to, option: "--to")
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
    }

    func run() throws {
        try table.apply { print(try output()) }
    }

    /// What the command prints: the people rendered in `format`.
    func output() throws -> String {
        let people = try store.openExisting().people(containing: name, from: from, to: to, top: top)
        guard !people.isEmpty else { throw CLIError("no person matches in \(store.path)") }
        return try Self.render(people, format: format)
    }

    /// `people` as a table, JSON or CSV (`count`: the articles that print the person).
    static func render(_ people: [PersonSummary], format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.string(people.map {
                Item(key: $0.key, name: $0.name, count: $0.articles, first_seen: $0.firstSeen, last_seen: $0.lastSeen, posts: $0.posts)
            })
        case .csv, .table:
            let header = ["key", "name", "count", "first_seen", "last_seen", "posts"]
            let rows = people.map {
                [$0.key, $0.name, String($0.articles), $0.firstSeen ?? "", $0.lastSeen ?? "",
                 $0.posts.joined(separator: "、")]
            }
            if format == .csv { return CSVWriter.render(header: header, rows: rows) }
            var t = TextTable(header: header)
            rows.forEach { t.add($0) }
            return t.render()
        }
    }
}

import ArgumentParser
import NewsGraphModel
import NewsGraphStore

/// `newsgraph meetings --person NAME [--from D] [--to D]`
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the meetings a person presided, spoke at, attended or reported to, oldest first."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "The person's name as printed (e.g. 张三).") var person: String
    @Option(help: ArgumentHelp("Only meetings on or after this date.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Only meetings on or before this date.", valueName: "YYYY-MM-DD")) var to: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// One meeting in JSON.
    struct Item: Encodable {
        var key: String
        var meeting: String
        @Nullable var date: String?
        @Nullable var place: String?
        var roles: [String]
        var article: ArticleJSON
    }

    func validate() throws {
        try DateArgument.validate(from, option: "--from")
        try DateArgument.validate(to, option: "--to")
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func run() throws {
        print(try output())
    }

    /// What the command prints: the person's meetings rendered in `format`.
    func output() throws -> String {
        let graph = try store.openExisting()
        let entity = try PersonLookup.person(person, in: graph, path: store.path)
        let meetings = try graph.meetings(ofParticipant: entity.id, from: from, to: to)
        guard !meetings.isEmpty else {
            let range = [from.map { "from \($0)" }, to.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")
            throw CLIError("\(entity.name) has no meeting role recorded\(range.isEmpty ? "" : " " + range) in \(store.path); "
                           + "`newsgraph person \(entity.name)` shows what is known")
        }
        return try Self.render(meetings, format: format)
    }

    /// The JSON value of `meetings`.
    static func items(_ meetings: [PersonMeeting]) -> [Item] {
        meetings.map {
            Item(key: $0.key, meeting: $0.meeting, date: $0.date, place: $0.place, roles: $0.roles.map(\.rawValue), article: ArticleJSON($0.article))
        }
    }

    /// `meetings` as a table, JSON or CSV.
    static func render(_ meetings: [PersonMeeting], format: OutputFormat) throws -> String {
        let header = ["date", "meeting", "roles", "place", "article", "title"]
        let rows = meetings.map {
            [$0.date ?? "", $0.meeting, $0.roles.map(\.rawValue).joined(separator: ", "), $0.place ?? "",
             $0.article.key, $0.article.title]
        }
        switch format {
        case .json:
            return try JSONOutput.string(items(meetings))
        case .csv:
            return CSVWriter.render(header: header, rows: rows)
        case .table:
            var t = TextTable(header: header)
            rows.forEach { t.add($0) }
            return t.render()
        }
    }
}

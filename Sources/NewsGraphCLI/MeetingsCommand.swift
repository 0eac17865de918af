import ArgumentParser
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph meetings [--person NAME] [--from D] [--to D] [--place P] [--kind K]`
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the meetings of the graph, or those a person presided, spoke at, attended or reported to, oldest first.",
        discussion: "--kind is plenum, party-congress, executive, congress (a session), congress-standing, congress-chairs, cppcc, cppcc-standing, cppcc-chairs or meeting (any other)."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Option(help: "Only the meetings of this person: a name as printed (e.g. 张三), part of it, or a key.") var person: String?
    @Option(help: ArgumentHelp("Only meetings on or after this date.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Only meetings on or before this date.", valueName: "YYYY-MM-DD")) var to: String?
    @Option(help: "Only meetings whose place contains this (e.g. 长春).") var place: String?
    @Option(help: "Only meetings of this kind.") var kind: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// The kinds `--kind` accepts.
    static let kinds = ["plenum", "party-congress", "executive", "congress", "congress-standing", "congress-chairs", "cppcc",
                        "cppcc-standing", "cppcc-chairs", "meeting"]

    /// One meeting of the graph in JSON (no person asked for).
    struct Summary: Encodable {
        var key: String
        var name: String
        @Nullable var date: String?
        @Nullable var place: String?
        var kind: String
        /// The people with a role at it.
        var count: Int
    }

    /// One meeting in JSON.
    struct Item: Encodable {
        var key: String
        var name: String
        @Nullable var date: String?
        @Nullable var place: String?
        var roles: [String]
        var article: ArticleJSON
    }

    func validate() throws {
        try DateArgument.validate(from, option: "--from")
        try DateArgument.validate(to, option: "--to")
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        if let kind, !Self.kinds.contains(kind) {
            throw ValidationError("--kind \(kind) is not one of " + Self.kinds.joined(separator: ", "))
        }
    }

    func run() throws {
        try table.apply { print(try output()) }
    }

    /// What the command prints: the person's meetings rendered in `format`.
    func output() throws -> String {
        let graph = try store.openExisting()
        guard let person else {
            let meetings = try graph.meetingList(from: from, to: to, place: place, kind: kind)
            guard !meetings.isEmpty else { throw CLIError("no meeting matches in \(store.path)") }
            return try Self.render(meetings, format: format)
        }
        let entity = try PersonLookup.person(person, in: graph, path: store.path)
        let meetings = try graph.meetings(ofParticipant: entity.id, from: from, to: to).filter { m in
            (place.map { m.place?.contains($0) ?? false } ?? true) && (kind.map { MeetingSummary.kind(of: m.meeting) == $0 } ?? true)
        }
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
            Item(key: $0.key, name: $0.meeting, date: $0.date, place: $0.place, roles: $0.roles.map(\.rawValue), article: ArticleJSON($0.article))
        }
    }

    /// `meetings` as a table, JSON or CSV.
    static func render(_ meetings: [PersonMeeting], format: OutputFormat) throws -> String {
        // The key is in JSON and CSV; the table keeps to what a reader scans.
        let header = ["date", "key", "name", "roles", "place", "article", "title"]
        let rows = meetings.map {
            [$0.date ?? "", $0.key, $0.meeting, $0.roles.map(\.rawValue).joined(separator: ", "), $0.place ?? "",
             $0.article.key, $0.article.title]
        }
        switch format {
        case .json:
            return try JSONOutput.string(items(meetings))
        case .csv:
            return CSVWriter.render(header: header, rows: rows)
        case .table:
            var t = TextTable(header: header.filter { $0 != "key" })
            rows.forEach { t.add($0.enumerated().filter { $0.offset != 1 }.map(\.element)) }
            return t.render()
        }
    }

    /// Meetings of the graph as a table, JSON or CSV.
    static func render(_ meetings: [MeetingSummary], format: OutputFormat) throws -> String {
        let header = ["date", "key", "name", "place", "kind", "count"]
        let rows = meetings.map { [$0.date ?? "", $0.key, $0.name, $0.place ?? "", $0.kind, String($0.people)] }
        switch format {
        case .json:
            return try JSONOutput.string(meetings.map {
                Summary(key: $0.key, name: $0.name, date: $0.date, place: $0.place, kind: $0.kind, count: $0.people)
            })
        case .csv:
            return CSVWriter.render(header: header, rows: rows)
        case .table:
            var t = TextTable(header: header)
            rows.forEach { t.add($0) }
            return t.render()
        }
    }
}

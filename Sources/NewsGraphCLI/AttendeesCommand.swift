import ArgumentParser
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph attendees MEETING [--date D]`
struct AttendeesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendees",
        abstract: "List who presided, spoke, attended and reported at the meetings a name matches, with evidence.",
        discussion: """
            MEETING matches a meeting's name or a full alias containing it (`常务会议`, `十一次全会`, \
            `畜禽粪污`); 的, 第 and 次 may be left out and numbers written in digits or characters.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Argument(help: "A meeting's name, an alias, words of it, or its key (meeting:…).") var meeting: String
    @Option(help: ArgumentHelp("Only meetings held on this date.", valueName: "YYYY-MM-DD")) var date: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// One meeting in JSON.
    struct Item: Encodable {
        struct Evidence: Encodable {
            var role: String
            var name: String
            var sentence: String
            var rule: String
        }

        var key: String
        var name: String
        var aliases: [String]
        @Nullable var date: String?
        @Nullable var place: String?
        @Nullable var article: ArticleJSON?
        var roles: [String: [String]]
        var evidence: [Evidence]
    }

    func validate() throws {
        try DateArgument.validate(date, option: "--date")
    }

    func run() throws {
        try table.apply { print(try output()) }
    }

    /// What the command prints: the matching meetings rendered in `format`.
    func output() throws -> String {
        let graph = try store.openExisting()
        if let (kind, key) = EntityKey.split(qualified: meeting), kind == .meeting {
            guard let found = try graph.meetingAttendance(key: key) else {
                throw CLIError("no meeting has the key “\(meeting)” in \(store.path)")
            }
            return try Self.render([found], format: format)
        }
        let meetings = try graph.meetingAttendance(matching: meeting, on: date)
        guard !meetings.isEmpty else {
            let onAnyDate = date == nil ? [] : try graph.meetingAttendance(matching: meeting)
            if let date, !onAnyDate.isEmpty {
                let others = onAnyDate.map { "\($0.name) (\($0.date ?? "undated"))" }
                throw CLIError("no meeting matching “\(meeting)” was held on \(date) in \(store.path); matching meetings: "
                               + others.joined(separator: "、"))
            }
            throw try NotFound.error("no meeting matches “\(meeting)”", query: meeting, kinds: [.meeting], in: graph, path: store.path)
        }
        return try Self.render(meetings, format: format)
    }

    /// The JSON value of `meetings`.
    static func items(_ meetings: [MeetingAttendance]) -> [Item] {
        meetings.map { m in
            Item(key: m.key, name: m.name, aliases: m.aliases, date: m.date, place: m.place, article: m.article.map(ArticleJSON.init),
                 roles: Dictionary(uniqueKeysWithValues: RelationKind.meetingRoles.map { ($0.rawValue, m.names($0)) }),
                 evidence: m.participants.map {
                     Item.Evidence(role: $0.role.rawValue, name: $0.participantName ?? "", sentence: $0.evidence, rule: $0.rule)
                 })
        }
    }

    /// `meetings` as a table, JSON or CSV.
    static func render(_ meetings: [MeetingAttendance], format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.string(items(meetings))
        case .csv:
            let header = ["key", "name", "date", "place", "article", "role", "ordinal", "person", "rule", "evidence"]
            var rows: [[String]] = []
            for m in meetings {
                let base = [m.key, m.name, m.date ?? "", m.place ?? "", m.article.map(\.key) ?? ""]
                if m.participants.isEmpty { rows.append(base + ["", "", "", "", ""]) }
                for p in m.participants {
                    rows.append(base + [p.role.rawValue, p.ordinal.map { String($0 + 1) } ?? "", p.participantName ?? "",
                                        p.rule, p.evidence])
                }
            }
            return CSVWriter.render(header: header, rows: rows)
        case .table:
            return meetings.map(table).joined(separator: "\n\n")
        }
    }

    /// One meeting: a heading with date, place and article, then its people by role.
    static func table(_ m: MeetingAttendance) -> String {
        var lines = [m.name]
        var facts = [m.date ?? "undated"]
        if let place = m.place { facts.append(place) }
        if let article = m.article { facts.append("article \(article.key) \(article.title)") }
        facts.append(m.key)
        lines.append(facts.joined(separator: " · "))
        if !m.aliases.isEmpty { lines.append("also: " + m.aliases.joined(separator: "、")) }
        guard !m.participants.isEmpty else {
            lines.append("no one is recorded with a role at this meeting")
            return lines.joined(separator: "\n")
        }
        var t = TextTable(header: ["role", "#", "name", "evidence"], maxWidth: 60)
        for p in m.participants {
            t.add([p.role.rawValue, p.ordinal.map { String($0 + 1) } ?? "", p.participantName ?? "", p.evidence])
        }
        lines.append(t.render())
        return lines.joined(separator: "\n")
    }
}

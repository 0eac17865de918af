import ArgumentParser
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph person NAME`
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Show a person's posts and organisations with dates seen, their meetings, and who they met most."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Argument(help: "The person's name as printed (e.g. 张三), part of it, or a key (person:张三).") var name: String
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// The person in JSON.
    struct Item: Encodable {
        struct Tenure: Encodable {
            var name: String
            @Nullable var organization: String?
            @Nullable var first_seen: String?
            @Nullable var last_seen: String?
            @Nullable var began: String?
            @Nullable var ended: String?
            var articles: [String]
        }

        struct CoAttendee: Encodable {
            var key: String
            var name: String
            var count: Int
            var meetings: [String]
        }

        var key: String
        var name: String
        var aliases: [String]
        var posts: [Tenure]
        var organizations: [Tenure]
        var meetings: [MeetingsCommand.Item]
        var co_attendees: [CoAttendee]
    }

    func run() throws {
        try table.apply { print(try output()) }
    }

    /// What the command prints: the person's record rendered in `format`.
    func output() throws -> String {
        let graph = try store.openExisting()
        let entity = try PersonLookup.person(name, in: graph, path: store.path)
        guard let record = try graph.personRecord(id: entity.id) else {
            throw try NotFound.error("no person is called “\(name)”", query: name, kinds: [.person], in: graph, path: store.path)
        }
        return try Self.render(record, format: format)
    }

    /// The JSON value of `record`.
    static func item(_ record: PersonRecord) -> Item {
        func tenure(_ t: PersonRecord.Tenure) -> Item.Tenure {
            Item.Tenure(name: t.name, organization: t.organization, first_seen: t.firstSeen, last_seen: t.lastSeen, began: t.began,
                        ended: t.ended, articles: t.articleKeys)
        }
        return Item(key: record.key, name: record.name, aliases: record.aliases, posts: record.posts.map(tenure),
                    organizations: record.organizations.map(tenure), meetings: MeetingsCommand.items(record.meetings),
                    co_attendees: record.coAttendees.map { Item.CoAttendee(key: $0.key, name: $0.name, count: $0.count, meetings: $0.meetings) })
    }

    /// `record` as sections of tables, JSON, or CSV rows of `kind,key,name,detail,first_seen,last_seen,count` (kind: post,
    /// organization, meeting or co_attendee).
    static func render(_ record: PersonRecord, format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.string(item(record))
        case .csv:
            var rows: [[String]] = []
            for (section, tenures) in [("post", record.posts), ("organization", record.organizations)] {
                rows += tenures.map { [section, "", $0.name, $0.organization ?? "", $0.firstSeen ?? "", $0.lastSeen ?? "", String($0.articleKeys.count)] }
            }
            rows += record.meetings.map { ["meeting", $0.key, $0.meeting, $0.roles.map(\.rawValue).joined(separator: " "), $0.date ?? "", $0.date ?? "", "1"] }
            rows += record.coAttendees.map { ["co_attendee", $0.key, $0.name, $0.meetings.joined(separator: "、"), "", "", String($0.count)] }
            return CSVWriter.render(header: ["kind", "key", "name", "detail", "first_seen", "last_seen", "count"], rows: rows)
        case .table:
            var out = [record.name + (record.aliases.isEmpty ? "" : "（also " + record.aliases.joined(separator: "、") + "）") + " · " + record.key]
            func section(_ title: String, _ header: [String], _ rows: [[String]]) {
                out.append("")
                guard !rows.isEmpty else {
                    out.append(title + ": none recorded")
                    return
                }
                out.append(title)
                var t = TextTable(header: header)
                rows.forEach { t.add($0) }
                out.append(t.render())
            }
            section("posts", ["post", "organisation", "first seen", "last seen", "began", "ended", "articles"], record.posts.map {
                [$0.name, $0.organization ?? "", $0.firstSeen ?? "", $0.lastSeen ?? "", $0.began ?? "", $0.ended ?? "",
                 $0.articleKeys.joined(separator: " ")]
            })
            section("organisations", ["organisation", "first seen", "last seen", "articles"], record.organizations.map {
                [$0.name, $0.firstSeen ?? "", $0.lastSeen ?? "", $0.articleKeys.joined(separator: " ")]
            })
            section("meetings", ["date", "meeting", "roles", "article"], record.meetings.map {
                [$0.date ?? "", $0.meeting, $0.roles.map(\.rawValue).joined(separator: ", "), $0.article.key]
            })
            section("met most often", ["name", "shared", "meetings"], record.coAttendees.map {
                [$0.name, String($0.count), $0.meetings.joined(separator: "、")]
            })
            return out.joined(separator: "\n")
        }
    }
}

import ArgumentParser
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph trace POLICY`
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Follow a policy across issues, oldest first: who issued, carried out or discussed it, with figures and evidence."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Argument(help: "Words of the policy's name or an alias (e.g. 助企纾困).") var policy: String
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// One policy in JSON.
    struct Item: Encodable {
        struct Event: Encodable {
            @Nullable var date: String?
            @Nullable var paper: String?
            @Nullable var page: Int?
            var article: ArticleJSON
            var action: String
            var by: [String]
            @Nullable var figures: String?
            var evidence: String
            var rule: String
        }

        var key: String
        var name: String
        var aliases: [String]
        var events: [Event]
    }

    func run() throws {
        try table.apply { print(try output()) }
    }

    /// What the command prints: the matching policies' timelines rendered in `format`.
    func output() throws -> String {
        let graph = try store.openExisting()
        let traces = try graph.policyTraces(matching: policy)
        guard !traces.isEmpty else {
            throw try NotFound.error("no policy name contains “\(policy)”", query: policy, kinds: [.policy], in: graph, path: store.path)
        }
        return try Self.render(traces, format: format)
    }

    /// The JSON value of `traces`.
    static func items(_ traces: [PolicyTrace]) -> [Item] {
        traces.map { trace in
            Item(key: trace.key, name: trace.name, aliases: trace.aliases, events: trace.events.map {
                Item.Event(date: $0.date, paper: $0.article.paper, page: $0.article.page, article: ArticleJSON($0.article),
                           action: $0.action.rawValue, by: $0.by, figures: $0.figures, evidence: $0.evidence, rule: $0.rule)
            })
        }
    }

    /// What happened, in words: `issued by 省人社厅、省社保局`, `discussed at 省政府2022年第14次常务会议`.
    static func happening(_ event: PolicyTrace.Event) -> String {
        guard !event.by.isEmpty else { return event.action.rawValue }
        let joiner = event.action == .issued ? " by " : " at "
        return event.action.rawValue + joiner + event.by.joined(separator: "、")
    }

    /// `traces` as a table per policy, JSON, or CSV with one row per event.
    static func render(_ traces: [PolicyTrace], format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.string(items(traces))
        case .csv:
            let header = ["key", "name", "date", "paper", "page", "article", "title", "action", "by", "figures", "evidence", "rule"]
            let rows = traces.flatMap { trace in
                trace.events.map { e in
                    [trace.key, trace.name, e.date ?? "", e.article.paper ?? "", e.article.page.map(String.init) ?? "", e.article.key,
                     e.article.title, e.action.rawValue, e.by.joined(separator: "、"), e.figures ?? "", e.evidence, e.rule]
                }
            }
            return CSVWriter.render(header: header, rows: rows)
        case .table:
            return traces.map { trace in
                var lines = [trace.name + (trace.aliases.isEmpty ? "" : "（also " + trace.aliases.joined(separator: "、") + "）")]
                var t = TextTable(header: ["date", "paper", "page", "article", "what happened", "figures", "evidence"])
                for e in trace.events {
                    t.add([e.date ?? "", e.article.paper ?? "", e.article.page.map(String.init) ?? "",
                           "\(e.article.key) \(e.article.title)", happening(e), e.figures ?? "", e.evidence])
                }
                lines.append(t.render())
                return lines.joined(separator: "\n")
            }.joined(separator: "\n\n")
        }
    }
}

import ArgumentParser
import NewsGraphModel
import NewsGraphStore

/// `newsgraph explain NAME`
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why the mentions of a name were merged into one entity or kept apart."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Argument(help: "A name as printed (person, organisation, meeting, policy, place or post).") var name: String
    @Option(help: "table or json.") var format: OutputFormat = .table

    /// One entity in JSON, in the shared output vocabulary.
    struct Item: Encodable {
        struct Sighting: Encodable {
            /// The article the name was printed in.
            struct Article: Encodable {
                var key: String
                var source: String
                @Nullable var issue_date: String?
            }

            var article: Article
            @Nullable var region: String?
            var text: String
            var rule: String
        }

        var key: String
        var kind: String
        var name: String
        var aliases: [String]
        var decisions: [String]
        var sightings: [Sighting]
    }

    func validate() throws {
        try format.require([.table, .json], by: "explain")
    }

    func run() throws {
        try table.apply { try body() }
    }

    /// What `run` does, tables cut or not as `--wide` asks.
    func body() throws {
        let graph = try store.openExisting()
        let found = try graph.explain(name)
        guard !found.isEmpty else {
            let close = try graph.closeMatches(to: name, kinds: EntityKind.allCases, limit: 5).map(\.name)
            throw CLIError("nothing called \(name) in \(store.path)" + (close.isEmpty ? "" : "; close: " + close.joined(separator: "、")))
        }
        if format == .json {
            print(try JSONOutput.string(found.map(Self.item)))
            return
        }
        for e in found {
            print("\(e.kind.rawValue) \(e.name)  [key \(EntityKey.qualified(kind: e.kind.rawValue, key: e.key))]")
            if e.aliases.count > 1 { print("  also called: " + e.aliases.filter { $0 != e.name }.joined(separator: "、")) }
            for d in e.decisions { print("  " + d) }
            var table = TextTable(header: ["issue", "region", "article", "as printed", "rule"], maxWidth: 40)
            for s in e.sightings { table.add([s.issueDate ?? "undated", s.region ?? "", s.articleKey, s.text, s.rule]) }
            print(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            print()
        }
    }

    /// The JSON value of `e`.
    static func item(_ e: EntityExplanation) -> Item {
        Item(key: EntityKey.qualified(kind: e.kind.rawValue, key: e.key), kind: e.kind.rawValue, name: e.name, aliases: e.aliases,
             decisions: e.decisions,
             sightings: e.sightings.map {
                 Item.Sighting(article: .init(key: $0.articleKey, source: $0.source, issue_date: $0.issueDate), region: $0.region,
                               text: $0.text, rule: $0.rule)
             })
    }
}

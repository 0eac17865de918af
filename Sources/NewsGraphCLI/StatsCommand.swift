import ArgumentParser
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph stats`
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count what the graph holds.")

    @OptionGroup var store: StoreOptions
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @Option(help: "Also list the N entities of each kind printed in the most articles.") var top: Int?

    /// One entity of a `--top` list.
    struct TopItem: Encodable {
        var key: String
        var name: String
        /// The articles that print it.
        var count: Int
    }

    /// The counts, and with `--top` the lists under `top` by kind.
    struct Answer: Encodable {
        var counts: [(String, Int)]
        var top: [String: [TopItem]]?

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (name, count) in counts { try container.encode(count, forKey: Key(stringValue: name)) }
            if let top { try container.encode(top, forKey: Key(stringValue: "top")) }
        }
    }

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
    }

    func run() throws {
        let graph = try store.openExisting()
        let s = try graph.stats()
        let ranked = try top.map { try graph.topEntities(limit: $0) } ?? [:]
        let topItems = top == nil ? nil : Dictionary(uniqueKeysWithValues: ranked.map { kind, list in
            (kind.rawValue, list.map { TopItem(key: $0.key, name: $0.name, count: $0.articles) })
        })
        var rows: [(String, Int)] = [("issues", s.issues), ("articles", s.articles), ("sentences", s.sentences), ("entities", s.entities),
                                     ("aliases", s.aliases), ("mentions", s.mentions), ("relations", s.relations)]
        rows += EntityKind.allCases.map { ("entities." + $0.rawValue, s.entitiesByKind[$0] ?? 0) }
        rows += RelationKind.allCases.map { ("relations." + $0.rawValue, s.relationsByKind[$0] ?? 0) }
        switch format {
        case .json:
            print(try JSONOutput.string(Answer(counts: rows, top: topItems)))
        case .csv:
            // With --top, the ranked entities follow the counts, one row each: key, name, count.
            var csv = rows.map { ["", $0.0, String($0.1)] }
            for kind in EntityKind.allCases { csv += (topItems?[kind.rawValue] ?? []).map { [$0.key, $0.name, String($0.count)] } }
            print(CSVWriter.render(header: ["key", "name", "count"], rows: csv))
        case .table:
            var t = TextTable(header: ["what", "count"])
            rows.forEach { t.add([$0.0, String($0.1)]) }
            print(t.render())
            for kind in EntityKind.allCases {
                guard let list = topItems?[kind.rawValue], !list.isEmpty else { continue }
                var ranked = TextTable(header: ["top " + kind.rawValue, "key", "articles"])
                list.forEach { ranked.add([$0.name, $0.key, String($0.count)]) }
                print()
                print(ranked.render())
            }
        }
    }
}

import ArgumentParser
import NewsGraphModel
import NewsGraphStore

/// `newsgraph stats`
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count what the graph holds.")

    @OptionGroup var store: StoreOptions
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let s = try store.openExisting().stats()
        var rows: [(String, Int)] = [("issues", s.issues), ("articles", s.articles), ("sentences", s.sentences), ("entities", s.entities),
                                     ("aliases", s.aliases), ("mentions", s.mentions), ("relations", s.relations)]
        rows += EntityKind.allCases.map { ("entities." + $0.rawValue, s.entitiesByKind[$0] ?? 0) }
        rows += RelationKind.allCases.map { ("relations." + $0.rawValue, s.relationsByKind[$0] ?? 0) }
        switch format {
        case .json:
            print(try JSONOutput.string(Dictionary(uniqueKeysWithValues: rows)))
        case .csv:
            print(CSVWriter.render(header: ["what", "count"], rows: rows.map { [$0.0, String($0.1)] }))
        case .table:
            var t = TextTable(header: ["what", "count"])
            rows.forEach { t.add([$0.0, String($0.1)]) }
            print(t.render())
        }
    }
}

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
    @Argument(help: "A name as printed (person, organisation, meeting, policy, place or post).") var name: String
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let graph = try store.openExisting()
        let found = try graph.explain(name)
        guard !found.isEmpty else {
            let close = try graph.closeMatches(to: name, kinds: EntityKind.allCases, limit: 5).map(\.name)
            throw CLIError("nothing called \(name) in \(store.path)" + (close.isEmpty ? "" : "; close: " + close.joined(separator: "、")))
        }
        if format == .json {
            print(try JSONOutput.string(found))
            return
        }
        for e in found {
            print("\(e.kind.rawValue) \(e.name)  [key \(e.key), id \(e.id)]")
            if e.aliases.count > 1 { print("  also called: " + e.aliases.filter { $0 != e.name }.joined(separator: "、")) }
            for d in e.decisions { print("  " + d) }
            var table = TextTable(header: ["issue", "region", "article", "as printed", "rule"], maxWidth: 40)
            for s in e.sightings { table.add([s.issueDate ?? "undated", s.region ?? "", "#\(s.articleId)", s.text, s.rule]) }
            print(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            print()
        }
    }
}

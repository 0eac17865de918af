import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphPipeline
import NewsGraphStore

/// `newsgraph search TEXT [--limit N]`
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the articles whose headline or text contains some words, with the match shown in 【】.",
        discussion: "Queries of three or more characters use the full-text index; one or two characters scan the articles."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Argument(help: "The words to find (traditional characters are read as simplified).") var text: String
    @Option(help: "At most this many articles.") var limit = 20
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// One hit in JSON.
    struct Item: Encodable {
        /// The article's key.
        var key: String
        @Nullable var headline: String?
        var snippet: String
    }

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("give some words to search for")
        }
    }

    func run() throws {
        try table.apply { print(try output()) }
    }

    /// What the command prints: the hits rendered in `format`.
    func output() throws -> String {
        let graph = try store.openExisting()
        let query = Self.simplified(text)
        let hits = try graph.search(text: query, limit: limit)
        guard !hits.isEmpty else {
            throw try NotFound.error("no article contains “\(query)”", query: query, kinds: EntityKind.allCases, in: graph,
                                     path: store.path)
        }
        return try Self.render(hits, format: format)
    }

    /// `text` in simplified characters, one for one, as the stored text is.
    static func simplified(_ text: String) -> String {
        // A few words: converted outright, without the table `ScriptConverter.shared` makes for whole pages.
        let scalars = ScriptConverter.forShortText().simplified(Array(text.unicodeScalars)[...])
        return String(String.UnicodeScalarView(scalars))
    }

    /// `hits` as a table, JSON or CSV.
    static func render(_ hits: [SearchHit], format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.string(hits.map { Item(key: $0.articleKey, headline: $0.headline, snippet: $0.snippet) })
        case .csv, .table:
            let header = ["key", "headline", "snippet"]
            let rows = hits.map { [$0.articleKey, $0.headline ?? "", $0.snippet] }
            if format == .csv { return CSVWriter.render(header: header, rows: rows) }
            var t = TextTable(header: header, maxWidth: 60)
            rows.forEach { t.add($0) }
            return t.render()
        }
    }
}

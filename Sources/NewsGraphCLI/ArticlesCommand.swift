import ArgumentParser
import NewsGraphExport
import NewsGraphStore

/// `newsgraph articles`
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "articles", abstract: "List the stored articles.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    struct Item: Encodable {
        /// The article's key.
        var key: String
        var source: String
        @Nullable var paper: String?
        @Nullable var issue_date: String?
        @Nullable var page: Int?
        var ordinal: Int
        @Nullable var headline: String?
        @Nullable var dateline_date: String?
        var reporters: [String]
        var text: String
    }

    func run() throws {
        try table.apply { try body() }
    }

    /// What `run` does, tables cut or not as `--wide` asks.
    func body() throws {
        let rows = try store.openExisting().articles()
        let items = rows.map {
            Item(key: $0.key, source: $0.sourcePath, paper: $0.paper, issue_date: $0.issueDate, page: $0.page, ordinal: $0.ordinal,
                 headline: $0.headline, dateline_date: $0.datelineDate, reporters: $0.reporters, text: $0.text)
        }
        switch format {
        case .json:
            print(try JSONOutput.string(items))
        case .csv:
            // CSV columns carry the output vocabulary's names; the text is cut to its first 60 characters.
            let header = ["key", "source", "paper", "issue_date", "page", "ordinal", "headline", "dateline_date", "reporters", "text"]
            print(CSVWriter.render(header: header, rows: items.map { i in
                [i.key, i.source, i.paper ?? "", i.issue_date ?? "", i.page.map(String.init) ?? "", String(i.ordinal), i.headline ?? "",
                 i.dateline_date ?? "", i.reporters.joined(separator: "、"), String(i.text.prefix(60))]
            }))
        case .table:
            let header = ["key", "issue", "page", "headline", "dateline", "reporters", "begins"]
            let table = items.map { i in
                [i.key, [i.paper, i.issue_date].compactMap { $0 }.joined(separator: " "), i.page.map(String.init) ?? "",
                 i.headline ?? "", i.dateline_date ?? "", i.reporters.joined(separator: "、"), String(i.text.prefix(16))]
            }
            do {
                var t = TextTable(header: header, maxWidth: 40)
                table.forEach { t.add($0) }
                print(t.render())
            }
        }
    }
}

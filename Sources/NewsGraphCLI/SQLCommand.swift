import ArgumentParser
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// `newsgraph sql "SELECT …"`
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement (SELECT, WITH, VALUES, EXPLAIN or an informational PRAGMA) on the graph.",
        discussion: """
            Statements that would write are refused and exit with status 1. NULL prints as NULL in tables, empty in CSV, null in JSON. \
            A statement runs at most 10 s, in 256 MB of SQLite memory, answering at most 10,000 rows and 16 MB; \
            past a limit it stops with exit status 1. fts3_tokenizer() is disabled.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var table: TableOptions
    @Argument(help: "One SQL statement, quoted.") var statement: String
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// The answer in JSON: column names in order, then each row's values (numbers as numbers,
    /// null for NULL).
    struct Answer: Encodable {
        var columns: [String]
        var rows: [[SQLValue]]
    }

    func run() throws {
        // SQLite's memory for this process: a statement asking for more fails instead of crashing.
        SQLSandbox().limitHeap()
        try table.apply { print(try output()) }
    }

    /// What the command prints: the statement's answer rendered in `format`.
    func output() throws -> String {
        let graph = try store.openExisting()
        let answer: (columns: [String], rows: [[SQLValue]])
        do {
            answer = try graph.readOnlyValues(sql: statement)
        } catch let error as NewsGraphError where error.kind == .readOnly {
            throw CLIError("refused: \(error.message) — `newsgraph sql` only reads \(store.path)")
        } catch let error as NewsGraphError where error.kind == .invalidArgument {
            throw CLIError("SQL error in \(store.path): \(error.message)")
        }
        return try Self.render(columns: answer.columns, rows: answer.rows, format: format)
    }

    /// An answer as a table, JSON or CSV.
    static func render(columns: [String], rows: [[SQLValue]], format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.string(Answer(columns: columns, rows: rows))
        case .csv:
            return CSVWriter.render(header: columns, rows: rows.map { $0.map { $0.text ?? "" } })
        case .table:
            var t = TextTable(header: columns, maxWidth: 60)
            rows.forEach { t.add($0.map { $0.text ?? "NULL" }) }
            return t.render()
        }
    }
}

import Foundation
import GRDB
import NewsGraphModel

extension GraphStore {
    /// The tables `copyRows(into:)` fills, parents before children.
    static let graphTables = ["issues", "articles", "sentences", "entities", "aliases", "mentions", "relations",
                              "resolutions", "person_votes"]

    /// Inserts every row of this store's graph into a new database at `path` (migrated to the same
    /// schema: its indexes, constraints and full-text triggers) by plain prepared statements in one
    /// transaction, and the articles to the full-text index in one statement (as `ingest` fills it
    /// per batch), and says how many rows that took and how long.
    ///
    /// This is the SQL floor of storing: the least SQLite needs to store the rows `ingest` stored,
    /// with no analysis, no look-up and no decision; `bench` prints it beside the time ingest took.
    /// Each table's rows are read in row-id order and inserted with their ids, bound by position.
    public func copyRows(into path: String) throws -> (rows: Int, seconds: Double) {
        guard let source = self.path else {
            throw NewsGraphError(.invalidArgument, "an in-memory store has no file to copy rows from")
        }
        let target = try GraphStore(path: path)
        do {
            return try target.dbQueue.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [source])
                defer { try? db.execute(sql: "DETACH DATABASE source") }
                let start = Date()
                var rows = 0
                try db.inTransaction {
                    for table in Self.graphTables {
                        let columns = try db.columns(in: table).map(\.name)
                        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                        let insert = try db.makeStatement(sql: """
                            INSERT INTO main.\(table) (\(list)) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                            """)
                        let cursor = try Row.fetchCursor(db, sql: "SELECT \(list) FROM source.\(table) ORDER BY rowid")
                        while let row = try cursor.next() {
                            try insert.run(StatementArguments(row.databaseValues))
                            rows += 1
                        }
                        if table == "articles" {
                            try db.execute(sql: "INSERT INTO main.articles_fts (rowid, headline, text) SELECT id, headline, text FROM main.articles")
                        }
                    }
                    return .commit
                }
                return (rows, Date().timeIntervalSince(start))
            }
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot copy the rows")
        }
    }
}

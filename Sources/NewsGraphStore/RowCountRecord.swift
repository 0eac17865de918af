import GRDB

/// A row of the `row_counts` table (034): how many rows a table holds, or how many entities or
/// relations of one kind.
///
/// `what` is a table's name (`mentions`), or `entities.KIND` / `relations.KIND`. Triggers keep
/// the counts as rows are inserted and deleted; nothing else writes them.
struct RowCountRecord: Codable, FetchableRecord, TableRecord, Equatable {
    static let databaseTableName = "row_counts"

    var what: String
    var count: Int
}

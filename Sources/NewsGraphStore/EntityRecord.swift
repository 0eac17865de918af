import GRDB

/// A row of the `entities` table: a person, body, meeting, policy, place or post.
///
/// `(kind, key)` is unique; `key` comes from `EntityKey`. `date`, `place` and `series` are
/// filled for meetings; `detail` is free for later stages.
struct EntityRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "entities"

    var id: Int64?
    var kind: String
    var name: String
    var key: String
    var date: String?
    var place: String?
    var series: String?
    var detail: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension EntityRecord {
    /// Reads the columns directly: ingest looks entities up for every new name of every file.
    init(row: Row) throws {
        id = row["id"]
        kind = row["kind"]
        name = row["name"]
        key = row["key"]
        date = row["date"]
        place = row["place"]
        series = row["series"]
        detail = row["detail"]
    }

    /// Writes the columns directly (see `init(row:)`).
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["kind"] = kind
        container["name"] = name
        container["key"] = key
        container["date"] = date
        container["place"] = place
        container["series"] = series
        container["detail"] = detail
    }
}

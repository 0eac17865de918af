import GRDB

/// A row of the `entities` table: a person, body, meeting, policy, place or post.
///
/// `(kind, key)` is unique; `key` comes from `EntityKey`. `date`, `place` and `series` are
/// filled for meetings; `detail` is free for later stages.
struct EntityRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "entities"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

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

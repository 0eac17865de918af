import GRDB

/// A row of the `aliases` table: one name an entity was printed under.
///
/// `(entity_id, alias)` is unique; the entity's own name is one of its aliases.
struct AliasRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "aliases"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var entityId: Int64
    var alias: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

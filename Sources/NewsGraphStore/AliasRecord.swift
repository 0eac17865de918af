import GRDB

/// A row of the `aliases` table: one name an entity was printed under.
///
/// `(entity_id, alias)` is unique; the entity's own name is one of its aliases.
struct AliasRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "aliases"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var entityId: Int64
    var alias: String

    /// Writes the columns directly: the hot path of ingest skips the Codable encoder and the
    /// snake-case conversion of every key.
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["entity_id"] = entityId
        container["alias"] = alias
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

import GRDB

/// A row of the `relations` table: one relation with its evidence span and rule.
///
/// `subjectId` is nil when the article itself is the subject (`reported_by`, `mentions`).
struct RelationRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "relations"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var kind: String
    var subjectId: Int64?
    var objectId: Int64
    var articleId: Int64
    var start: Int
    var end: Int
    var rule: String
    var ordinal: Int?
    var date: String?
    var detail: String?

    /// Writes the columns directly: the hot path of ingest skips the Codable encoder and the
    /// snake-case conversion of every key.
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["kind"] = kind
        container["subject_id"] = subjectId
        container["object_id"] = objectId
        container["article_id"] = articleId
        container["start"] = start
        container["end"] = end
        container["rule"] = rule
        container["ordinal"] = ordinal
        container["date"] = date
        container["detail"] = detail
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

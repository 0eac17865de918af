import GRDB

/// A row of the `mentions` table: a stretch of article text that names something.
///
/// `entityId` is nil exactly for date mentions, whose resolved date is in `value`.
struct MentionRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "mentions"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var articleId: Int64
    var entityId: Int64?
    var kind: String
    var start: Int
    var end: Int
    var text: String
    var rule: String
    var value: String?
    var name: String?
    /// The tagger's margin for a statistical rule's mention, nil for grammar.
    var score: Double?

    /// Writes the columns directly: the hot path of ingest skips the Codable encoder and the
    /// snake-case conversion of every key.
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["article_id"] = articleId
        container["entity_id"] = entityId
        container["kind"] = kind
        container["start"] = start
        container["end"] = end
        container["text"] = text
        container["rule"] = rule
        container["value"] = value
        container["name"] = name
        container["score"] = score
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

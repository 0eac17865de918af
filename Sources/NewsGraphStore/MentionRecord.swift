import GRDB

/// A row of the `mentions` table: a stretch of article text that names something.
///
/// `entityId` is nil exactly for date mentions, whose resolved date is in `value`.
struct MentionRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "mentions"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

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

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

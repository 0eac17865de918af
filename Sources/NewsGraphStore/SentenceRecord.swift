import GRDB

/// A row of the `sentences` table: one sentence of an article as a span of its text.
///
/// `text` repeats the sentence so evidence can be shown without slicing the article.
struct SentenceRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "sentences"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var articleId: Int64
    var ordinal: Int
    var start: Int
    var end: Int
    var text: String

    /// Writes the columns directly: the hot path of ingest skips the Codable encoder and the
    /// snake-case conversion of every key.
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["article_id"] = articleId
        container["ordinal"] = ordinal
        container["start"] = start
        container["end"] = end
        container["text"] = text
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

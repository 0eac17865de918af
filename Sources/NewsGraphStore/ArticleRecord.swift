import GRDB

/// A row of the `articles` table: one article, its furniture and its simplified clean text.
///
/// `subheads` and `reporters` hold JSON arrays of strings; `page_*` place the article in the
/// page's clean text and `raw_*` in the decoded raw file.
struct ArticleRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "articles"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var issueId: Int64
    var ordinal: Int
    var headline: String?
    var kicker: String?
    var subheads: String
    var datelineText: String?
    var datelineDate: String?
    var datelineAgency: String?
    var datelinePlace: String?
    var reporters: String
    var continuedFromPage: Int?
    var continuedToPage: Int?
    var adoptionLine: String?
    var originalTitle: String?
    var text: String
    var displayText: String
    var bodyLength: Int
    var pageStart: Int
    var pageEnd: Int
    var rawStart: Int?
    var rawEnd: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

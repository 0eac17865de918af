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

    /// Writes the columns directly: inserting skips the Codable encoder and the snake-case
    /// conversion of every key.
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["issue_id"] = issueId
        container["ordinal"] = ordinal
        container["headline"] = headline
        container["kicker"] = kicker
        container["subheads"] = subheads
        container["dateline_text"] = datelineText
        container["dateline_date"] = datelineDate
        container["dateline_agency"] = datelineAgency
        container["dateline_place"] = datelinePlace
        container["reporters"] = reporters
        container["continued_from_page"] = continuedFromPage
        container["continued_to_page"] = continuedToPage
        container["adoption_line"] = adoptionLine
        container["original_title"] = originalTitle
        container["text"] = text
        container["display_text"] = displayText
        container["body_length"] = bodyLength
        container["page_start"] = pageStart
        container["page_end"] = pageEnd
        container["raw_start"] = rawStart
        container["raw_end"] = rawEnd
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

import GRDB

/// A row of the `issues` table: one page file as given to `ingest`.
///
/// The raw and clean texts are kept so that any span can be shown again without the file.
struct IssueRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "issues"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var sourcePath: String
    var contentHash: String
    var paper: String?
    var issueDate: String?
    var dateSource: String?
    var page: Int?
    var url: String?
    var encoding: String
    var rawText: String
    var cleanText: String
    var region: String?

    /// Writes the columns directly: inserting skips the Codable encoder and the snake-case
    /// conversion of every key.
    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["source_path"] = sourcePath
        container["content_hash"] = contentHash
        container["paper"] = paper
        container["issue_date"] = issueDate
        container["date_source"] = dateSource
        container["page"] = page
        container["url"] = url
        container["encoding"] = encoding
        container["raw_text"] = rawText
        container["clean_text"] = cleanText
        container["region"] = region
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

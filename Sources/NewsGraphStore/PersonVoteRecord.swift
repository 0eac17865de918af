import GRDB

/// A row of the `person_votes` table: where one article's posts place one person.
///
/// `(article_id, name, region)` is unique; `region` is a province or `national`.
struct PersonVoteRecord: Codable, FetchableRecord, PersistableRecord, Equatable {
    static let databaseTableName = "person_votes"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var articleId: Int64
    var name: String
    var region: String
    var evidence: String
    var post: String
    var date: String?
}

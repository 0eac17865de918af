/// An article that matched a full-text search, with the match shown in context.
///
/// `snippet` is a stretch of the article text (or of the headline, when only the headline
/// matched) with the first match wrapped in `【】` and `…` where the text was cut.
public struct SearchHit: Equatable, Sendable, Codable {
    public var articleId: Int64
    /// The article's stable key (`EntityKey.article`).
    public var articleKey: String = ""
    public var headline: String?
    public var snippet: String

    public init(articleId: Int64, headline: String?, snippet: String) {
        self.articleId = articleId
        self.headline = headline
        self.snippet = snippet
    }
}

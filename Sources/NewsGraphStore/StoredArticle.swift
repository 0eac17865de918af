import NewsGraphModel

/// An article read back from the store with what the pipeline found in it, as model values.
///
/// Mentions carry their entity's name; relations name their subject and object; meetings are
/// the meeting entities the article mentions, with date, place, series and aliases.
public struct StoredArticle: Sendable {
    public var row: ArticleRow
    public var mentions: [Mention]
    public var meetings: [Meeting]
    public var relations: [Relation]
}

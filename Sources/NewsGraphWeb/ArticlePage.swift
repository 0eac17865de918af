/// An article's page: where it was printed, and its text with every mention marked and linked.
public struct ArticlePage: Sendable {
    public var site: SiteFrame
    public var key: String
    public var headline: String?
    public var paper: String?
    public var date: String?
    public var page: String?
    public var reporters: String?
    public var segments: [TextSegment]
    /// The entities the article names, one link each, by kind then first appearance.
    public var named: [PageLink]
}

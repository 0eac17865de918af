/// The shared document model every pipeline stage reads and extends.
///
/// A document starts as a decoded raw page; `Normalizer` adds `page`, `ArticleSplitter` adds
/// `articles`, `SentenceSplitter` their sentences, recognisers their mentions, extractors their
/// meetings and relations. `layers` records which of these are present.
public struct Document: Sendable {
    /// The path as given by the user (kept as provenance).
    public var path: String
    public var contentHash: String
    /// The decoded page text as in the file (after HTML to text, if it was a web page).
    public var raw: ScalarText
    public var encoding: String
    public var issue: IssueInfo
    public var page: PageText?
    public var articles: [Article] = []
    /// Full names of abbreviations used on the page (`省人社厅` → `省人力资源和社会保障厅`), so that
    /// the store keys a body the same way whichever name an issue prints.
    public var fullNames: [String: String] = [:]
    public var layers: Set<DocumentLayer> = [.raw]

    public init(path: String, contentHash: String, raw: ScalarText, encoding: String, issue: IssueInfo) {
        self.path = path
        self.contentHash = contentHash
        self.raw = raw
        self.encoding = encoding
        self.issue = issue
    }
}

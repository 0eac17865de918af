import NewsGraphModel

/// One page for `Ingestor` to read, analyse and store.
public struct IngestJob: Sendable {
    /// Where the file is read (as the user named it).
    public var path: String
    /// The name the page is stored by (`PageCollector.Page.source`).
    public var source: String
    /// What an `index.jsonl` beside the page says of it.
    public var index: IssueInfo?
    /// Paper, date and page for this page alone, over the ingestor's own overrides (`bench` lays
    /// its pages out as one paper over consecutive dates).
    public var issue: IssueInfo?
    /// Appended to the content hash: the page is stored as new content although the file is
    /// one already read (`bench` repeats pages).
    public var variant: String?

    public init(path: String, source: String, index: IssueInfo? = nil, issue: IssueInfo? = nil, variant: String? = nil) {
        self.path = path
        self.source = source
        self.index = index
        self.issue = issue
        self.variant = variant
    }

    /// The job of a collected page.
    public init(_ page: PageCollector.Page) {
        self.init(path: page.path, source: page.source, index: page.index)
    }
}

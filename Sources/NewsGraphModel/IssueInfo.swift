/// Which paper and issue a page belongs to, and how we know.
public struct IssueInfo: Hashable, Codable, Sendable {
    public enum DateSource: String, Codable, Sendable {
        /// Given with `--issue-date`.
        case flag
        /// From the page's path (`PAPER/YYYY-MM-DD/…`) or from an `index.jsonl` beside it.
        case path
        case index
        /// Inferred from datelines and full dates printed on the page.
        case inferred
    }

    public var paper: String?
    public var date: SimpleDate?
    public var dateSource: DateSource?
    public var page: Int?
    /// The web address the page came from, when an index gives one.
    public var url: String?
    /// The province whose bodies `省委`, `省政府` … mean on this page (`吉林`), from the paper or the text.
    public var region: String?

    public init(paper: String? = nil, date: SimpleDate? = nil, dateSource: DateSource? = nil, page: Int? = nil, url: String? = nil) {
        self.paper = paper
        self.date = date
        self.dateSource = dateSource
        self.page = page
        self.url = url
    }
}

/// An article as the command line lists and shows it, with where it was printed.
///
/// `text` is the simplified clean text every stored span points into; `displayText` is the
/// same text in the page's own script, character for character.
public struct ArticleRow: Equatable, Sendable, Codable {
    public var id: Int64
    /// The article's stable key (`EntityKey.article`).
    public var key: String = ""
    public var sourcePath: String
    public var paper: String?
    /// `YYYY-MM-DD`, when the issue date is known.
    public var issueDate: String?
    public var page: Int?
    public var ordinal: Int
    public var headline: String?
    /// `YYYY-MM-DD`, or `MM-DD` when the dateline's year is unknown.
    public var datelineDate: String?
    public var reporters: [String]
    public var text: String
    public var displayText: String
    /// Where the body ends in `text`; credit and caption lines follow it.
    public var bodyLength: Int?

    public init(id: Int64, sourcePath: String, paper: String?, issueDate: String?, page: Int?, ordinal: Int,
                headline: String?, datelineDate: String?, reporters: [String], text: String, displayText: String,
                bodyLength: Int? = nil) {
        self.id = id
        self.sourcePath = sourcePath
        self.paper = paper
        self.issueDate = issueDate
        self.page = page
        self.ordinal = ordinal
        self.headline = headline
        self.datelineDate = datelineDate
        self.reporters = reporters
        self.text = text
        self.displayText = displayText
        self.bodyLength = bodyLength
    }
}

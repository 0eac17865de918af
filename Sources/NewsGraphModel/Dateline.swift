/// What an article's opening dateline says: who reports, for which paper or agency, and when.
///
/// Example: `本报 6 月 16 日讯（记者于小博）` gives agency `本报`, month 6, day 16, reporters `[于小博]`.
public struct Dateline: Hashable, Codable, Sendable {
    /// The text of the dateline as printed (after reflow).
    public var text: String
    /// `本报`, `新华社`, `吉林日报` …
    public var agency: String?
    /// The date the dateline names, resolved to a full date when the year is known.
    public var date: SimpleDate?
    /// Place of filing (`新华社北京6月16日电` gives `北京`).
    public var place: String?
    public var reporters: [String]
    /// Where the dateline sits in the article text.
    public var span: Span

    public init(text: String, agency: String?, date: SimpleDate?, place: String?, reporters: [String], span: Span) {
        self.text = text
        self.agency = agency
        self.date = date
        self.place = place
        self.reporters = reporters
        self.span = span
    }
}

/// One line of a page's clean text after reflow: a paragraph, a heading, or page furniture.
public struct PageLine: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// Running text: a paragraph after reflow.
        case paragraph
        /// A short display line: headline, kicker, subhead or section heading.
        case heading
        /// A heading printed letter-spaced (`惠 民 生 增 福 祉`), collapsed by the reflow.
        case spacedHeading
    }

    /// Where the line sits in the page's clean text (without its line break).
    public var span: Span
    public var kind: Kind
    /// 1-based number of the raw line the text starts on (for error messages).
    public var rawLine: Int
    /// Whether the raw text had an empty line (or the page start) right before this line.
    public var blankBefore: Bool

    public init(span: Span, kind: Kind, rawLine: Int, blankBefore: Bool) {
        self.span = span
        self.kind = kind
        self.rawLine = rawLine
        self.blankBefore = blankBefore
    }
}

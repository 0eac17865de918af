/// A page's normalised, reflowed text with a map from every character back to the raw text.
///
/// `text` is what recognisers read (simplified characters); `display` is the same text in the
/// page's own script, character for character, for showing to users. `rawOffsets[i]` is the
/// Unicode scalar offset in the decoded raw page of clean character `i`; characters the reflow
/// inserted (a paragraph break) point at the raw character they stand for.
public struct PageText: Sendable {
    public var text: ScalarText
    public var display: ScalarText
    public var rawOffsets: [Int]
    /// The page's lines after reflow, in order.
    public var lines: [PageLine]
    /// Whether the page was printed in narrow columns (PDF text) rather than one paragraph a line.
    public var isColumnLayout: Bool

    public init(text: ScalarText, display: ScalarText, rawOffsets: [Int], lines: [PageLine] = [], isColumnLayout: Bool = false) {
        precondition(text.count == display.count && text.count == rawOffsets.count,
                     "clean text, display text and offset map must have one entry per character")
        self.text = text
        self.display = display
        self.rawOffsets = rawOffsets
        self.lines = lines
        self.isColumnLayout = isColumnLayout
    }

    /// The raw-text span that a clean-text span came from.
    public func rawSpan(of span: Span) -> Span {
        guard !rawOffsets.isEmpty, span.start < rawOffsets.count else { return Span(0, 0) }
        let start = rawOffsets[span.start]
        let last = rawOffsets[max(span.start, min(span.end, rawOffsets.count) - 1)]
        return Span(start, max(start, last + 1))
    }
}

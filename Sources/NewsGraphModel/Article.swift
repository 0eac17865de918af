/// One article of a page: its printed furniture, its text, and what the pipeline found in it.
///
/// `text` is the article's clean text (simplified characters) and `display` the same in the
/// page's script; spans of sentences, mentions and relations are offsets into them.
/// `pageSpan` places the article in the page's clean text (and so, via `PageText`, in the raw file).
public struct Article: Sendable {
    public var ordinal: Int
    public var pageSpan: Span
    public var text: ScalarText
    public var display: ScalarText
    /// For every character of `text`, its offset in the page's clean text (`PageText`).
    public var pageOffsets: [Int]
    /// `text` holds the body first, then the article's credit and caption lines; this is where the
    /// body ends.
    public var bodyLength: Int

    public var headline: String?
    public var kicker: String?
    public var subheads: [String] = []
    public var dateline: Dateline?
    public var continuedFromPage: Int?
    public var continuedToPage: Int?
    /// For a document printed in full: its adoption line (`（2022年6月16日…通过）`).
    public var adoptionLine: String?
    /// The headline as first printed on a web page (`原标题：…`), when given.
    public var originalTitle: String?

    public var paragraphs: [Span] = []
    public var sentences: [Span] = []
    public var mentions: [Mention] = [] { didSet { mentionCache = MentionIndexCache() } }
    public var meetings: [Meeting] = []
    public var relations: [Relation] = []
    /// The trained entity tagger's names, in text order (`EntityTagging`).
    public var tagged: [TaggedEntity] = []
    /// Where the posts of this article place each person named with one (`JurisdictionResolver`).
    public var jurisdictions: [PersonJurisdiction] = []
    private var mentionCache = MentionIndexCache()

    /// Look-ups over `mentions` by offset and kind (built on first use after a change).
    public var mentionIndex: MentionIndex { mentionCache.index(for: mentions) }

    public init(ordinal: Int, pageSpan: Span, text: ScalarText, display: ScalarText, pageOffsets: [Int], bodyLength: Int) {
        self.ordinal = ordinal
        self.pageSpan = pageSpan
        self.text = text
        self.display = display
        self.pageOffsets = pageOffsets
        self.bodyLength = bodyLength
    }

    /// The article's body, without credit lines.
    public var body: String { text.string(Span(0, bodyLength)) }

    /// The page clean-text span of an article span.
    public func pageSpan(of span: Span) -> Span {
        guard !pageOffsets.isEmpty, span.start < pageOffsets.count else { return Span(pageSpan.start, pageSpan.start) }
        let last = pageOffsets[max(span.start, min(span.end, pageOffsets.count) - 1)]
        return Span(pageOffsets[span.start], max(pageOffsets[span.start], last + 1))
    }

    /// The sentence that contains `offset`, if any.
    public func sentence(containing offset: Int) -> Span? {
        sentences.first { $0.start <= offset && offset < $0.end }
    }

    /// The mentions of one kind, in text order.
    public func mentions(of kind: MentionKind) -> [Mention] {
        mentionIndex.mentions(of: kind)
    }
}

import NewsGraphModel

/// Cuts an article longer than `limit` characters into consecutive parts at sentence ends.
///
/// The recognisers relate every mention to the mentions near it, so an article's cost grows faster
/// than its length; a page that is one endless line (a broken PDF extraction, a dump of many
/// articles) would take minutes. Real reports are far shorter than the limit (the longest of the
/// shared corpus has about 1,000 characters; a government work report printed in full about
/// 30,000), so parts are cut only where a page would otherwise be too slow. A part ends after the
/// last `。！？` or line end in the second half of its window (else at the window's end); every
/// part keeps the headline, the first keeps the dateline and the last the credit lines.
/// Example: a 20,000-character single-line page becomes three articles of at most 8,000.
public struct LongArticleSplitter: PipelineComponent {
    public let name = "long-articles"
    public let needs: Set<DocumentLayer> = [.articles]
    public let adds: Set<DocumentLayer> = [.articles]
    /// The longest article analysed in one piece, in characters.
    public let limit: Int

    public static let defaultLimit = 8_000
    static let enders: Set<Unicode.Scalar> = ["。", "！", "？", "\n"]

    public init(limit: Int = LongArticleSplitter.defaultLimit) {
        self.limit = max(100, limit)
    }

    public func process(_ document: inout Document) throws {
        guard document.articles.contains(where: { $0.text.count > limit }) else { return }
        var out: [Article] = []
        for article in document.articles {
            out += article.text.count > limit ? parts(of: article) : [article]
        }
        for k in out.indices { out[k].ordinal = k + 1 }
        document.articles = out
    }

    /// Where the parts of a body of `length` characters end.
    func cuts(_ text: ScalarText, bodyLength length: Int) -> [Int] {
        var out: [Int] = []
        var start = 0
        while length - start > limit {
            var cut = start + limit
            var k = cut
            while k > start + limit / 2 && !Self.enders.contains(text[k - 1]) { k -= 1 }
            if k > start + limit / 2 { cut = k }
            out.append(cut)
            start = cut
        }
        out.append(length)
        return out
    }

    func parts(of article: Article) -> [Article] {
        let ends = cuts(article.text, bodyLength: article.bodyLength)
        var out: [Article] = []
        var start = 0
        for (n, end) in ends.enumerated() {
            let last = n == ends.count - 1
            let stop = last ? article.text.count : end
            let offsets = Array(article.pageOffsets[start..<stop])
            let pageStart = offsets.first ?? article.pageSpan.start
            let pageEnd = article.pageOffsets[max(start, end - 1)] + 1
            var part = Article(ordinal: article.ordinal, pageSpan: Span(pageStart, max(pageStart, pageEnd)),
                               text: ScalarText(scalars: Array(article.text.scalars[start..<stop])),
                               display: ScalarText(scalars: Array(article.display.scalars[start..<stop])),
                               pageOffsets: offsets, bodyLength: end - start)
            part.headline = article.headline
            part.kicker = article.kicker
            part.subheads = article.subheads
            part.originalTitle = article.originalTitle
            if n == 0 {
                part.dateline = article.dateline
                part.continuedFromPage = article.continuedFromPage
                part.adoptionLine = article.adoptionLine
            }
            if last { part.continuedToPage = article.continuedToPage }
            out.append(part)
            start = end
        }
        return out
    }
}

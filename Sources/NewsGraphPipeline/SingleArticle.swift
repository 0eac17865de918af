import NewsGraphModel

/// Treats the whole page as one article (for tagging plain sentences, where there is no page layout).
public struct SingleArticle: PipelineComponent {
    public let name = "single-article"
    public let needs: Set<DocumentLayer> = [.cleanText]
    public let adds: Set<DocumentLayer> = [.articles]

    public init() {}

    public func process(_ document: inout Document) throws {
        guard let page = document.page else { return }
        var end = page.text.count
        while end > 0 && page.text[end - 1] == "\n" { end -= 1 }
        let span = Span(0, end)
        var article = Article(ordinal: 1, pageSpan: span, text: ScalarText(scalars: Array(page.text.scalars[0..<end])),
                              display: ScalarText(scalars: Array(page.display.scalars[0..<end])),
                              pageOffsets: Array(0..<end), bodyLength: end)
        article.readOpeningAndClosing()
        document.articles = [article]
        document.layers.insert(.articles)
    }
}

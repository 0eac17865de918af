import NewsGraphModel

/// Splits each article into paragraphs (lines) and sentences (。！？； with closing quotes).
public struct SentenceSplitter: ArticleComponent {
    public let name = "sentences"
    public let needs: Set<DocumentLayer> = [.articles]
    public let adds: Set<DocumentLayer> = [.sentences]

    public init() {}

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        var a = article
        var (paragraphs, sentences) = split(article.text)
        // The dateline is a sentence of its own: 本报6月16日讯（记者于小博）| 今天，…
        if let dl = article.dateline, let k = sentences.firstIndex(where: { $0.contains(dl.span) && $0.end > dl.span.end }) {
            let s = sentences[k]
            sentences.replaceSubrange(k...k, with: [Span(s.start, dl.span.end), Span(dl.span.end, s.end)])
        }
        a.paragraphs = paragraphs
        a.sentences = sentences
        return a
    }

    /// Paragraph and sentence spans of `text`; sentences never cross a line break.
    public func split(_ text: ScalarText) -> (paragraphs: [Span], sentences: [Span]) {
        var paragraphs: [Span] = []
        var sentences: [Span] = []
        var lineStart = 0
        var sentenceStart = 0
        var depth = 0
        let s = text.scalars
        func addSentence(_ end: Int) {
            var a = sentenceStart
            while a < end && CharacterClass.isSpace(s[a]) { a += 1 }
            if a < end { sentences.append(Span(a, end)) }
            sentenceStart = end
        }
        var i = 0
        while i <= s.count {
            if i == s.count || s[i] == "\n" {
                addSentence(i)
                if i > lineStart { paragraphs.append(Span(lineStart, i)) }
                lineStart = i + 1
                sentenceStart = i + 1
                depth = 0
                i += 1
                continue
            }
            let u = s[i]
            if u == "“" || u == "「" { depth += 1 }
            if u == "”" || u == "」" { depth = max(0, depth - 1) }
            if CharacterClass.sentenceEnders.contains(u) {
                var end = i + 1
                while end < s.count && CharacterClass.sentenceEnders.contains(s[end]) { end += 1 }
                // Closing quotes after the ender belong to this sentence.
                while end < s.count && CharacterClass.closers.contains(s[end]) {
                    if s[end] == "”" || s[end] == "」" { depth = max(0, depth - 1) }
                    end += 1
                }
                // Inside a quotation a semicolon does not end the sentence.
                if !(depth > 0 && u == "；") {
                    addSentence(end)
                }
                i = end
                continue
            }
            i += 1
        }
        return (paragraphs, sentences)
    }
}

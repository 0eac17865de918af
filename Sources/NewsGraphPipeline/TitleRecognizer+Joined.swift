import NewsGraphModel

extension TitleRecognizer {
    /// Words that join two posts into one (`兼`), `post-joiners.txt`.
    static let joiners: [String] = GrammarWords.list("post-joiners.txt")

    /// Posts joined by `兼` printed as one post: `某某会副委员长兼秘书长` is one title, kept whole,
    /// with the first post's organisation.
    ///
    /// Example: the titles `某某会副委员长` and `秘书长` of `某某会副委员长兼秘书长` become one.
    static func joined(_ titles: [Mention], in t: ScalarText) -> [Mention] {
        var out: [Mention] = []
        for m in titles.sorted(by: { $0.span < $1.span }) {
            if let last = out.last, joiners.contains(where: { t.hasPrefix($0, at: last.span.end) && last.span.end + $0.unicodeScalars.count == m.span.start }) {
                let span = Span(last.span.start, m.span.end)
                out[out.count - 1] = Mention(kind: .title, span: span, text: t.string(span), rule: last.rule, value: last.value)
                continue
            }
            out.append(m)
        }
        return out
    }
}

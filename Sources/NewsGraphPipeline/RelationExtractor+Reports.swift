import NewsGraphModel

extension RelationExtractor {
    /// The people whose reports a meeting heard: in a sentence with `听取`, each person followed
    /// (after the posts printed after the name) by `作的` in a clause that names a `报告` or `说明`.
    /// Example: `会议听取了甲作的关于…的报告，乙作的关于…的说明。` gives 甲 and 乙.
    func reportsHeard(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        guard let heard = t.occurrences(of: "听取", in: sentence).first else { return [] }
        return article.mentions(of: .person).filter { m in
            guard m.span.start > heard, sentence.contains(m.span) else { return false }
            var q = m.span.end
            while let title = article.mention(startingAt: q, kinds: [.title]) { q = title.span.end }
            guard t.hasPrefix("作的", at: q) else { return false }
            var end = q
            while end < sentence.end && !"，,；。".unicodeScalars.contains(t[end]) { end += 1 }
            let clause = t.string(q, end)
            return clause.contains("报告") || clause.contains("说明")
        }
    }

    /// The people who spoke in a discussion: the names of the clause right after `在发言中，`
    /// (`在发言中，甲、乙等委员围绕…提出意见建议`).
    func discussionSpeakers(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        guard let lead = t.occurrences(of: "发言中", in: sentence).first else { return [] }
        var start = lead + 3
        while start < sentence.end && "，, ".unicodeScalars.contains(t[start]) { start += 1 }
        var end = start
        while end < sentence.end && !"，,；。".unicodeScalars.contains(t[end]) { end += 1 }
        return article.mentions(of: .person).filter { $0.span.start >= start && $0.span.end <= end }
    }

    /// The people who answer the press: the names of a sentence that says they will or did answer
    /// reporters' questions (`…副厅长甲、乙，他们将回答记者提问`).
    func pressAnswerers(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        guard ["回答记者提问", "回答记者的提问", "答记者问"].contains(where: { !t.occurrences(of: $0, in: sentence).isEmpty }) else { return [] }
        return article.mentions(of: .person).filter { sentence.contains($0.span) }
    }
}

import NewsGraphModel

extension RelationExtractor {
    /// Words of presence that lead a list after a colon (`在主席台就座的还有：`, `大会执行主席还有：`).
    static let colonListPresence: [String] = GrammarWords.list("colon-list-presence.txt")
    /// How such a lead ends right before its colon.
    static let colonListEnds: [String] = GrammarWords.list("colon-list-ends.txt")

    /// The people listed after a colon whose lead says they are present: `在主席台就座的还有：甲、乙、丙。`
    /// gives 甲, 乙 and 丙 in printed order; so does a list right after the lead's `的还有`
    /// (`出席发布会的还有甲、乙`). The lead is the clause before the colon; it must name
    /// presence and end with `还有`, `有`, `是` or `为`.
    func colonListMembers(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        // The list follows a colon, or directly the lead's 还有 (出席发布会的还有甲、乙).
        let colon = (sentence.start..<sentence.end).first(where: { t[$0] == "：" || t[$0] == ":" })
            ?? t.occurrences(of: "的还有", in: sentence).first.map { $0 + 3 }
        guard let colon else { return [] }
        var leadStart = colon
        while leadStart > sentence.start && !"，,。；".unicodeScalars.contains(t[leadStart - 1]) { leadStart -= 1 }
        let lead = t.string(leadStart, colon)
        guard Self.colonListEnds.contains(where: { lead.hasSuffix($0) }),
              Self.colonListPresence.contains(where: { lead.contains($0) }) else { return [] }
        return article.mentions(of: .person).filter { $0.span.start >= colon && $0.span.end <= sentence.end }
            .filter { m in !article.mentions.contains { $0.kind == .person && $0 != m && $0.span.contains(m.span) } }
    }
}

import NewsGraphModel

extension ModelNameRecognizer {
    /// Endings of news outlets, which the gold never lists as bodies of the article (新华社, …日报, …网).
    static let outletEndings: [String] = GrammarWords.list("tagger-outlet-endings.txt")

    /// The organisation in an organisation span of the tagger, or nil: four or more characters
    /// (spaces at the edges trimmed), outside the dateline, no news outlet nor a kind of body
    /// alone (`org-suffixes.txt`: 人大常委会, 主席团), overlapping no
    /// mention of the grammar but a place it holds whole (`吉林省` in `吉林省政府`).
    func bodySpan(_ t: ScalarText, _ span: Span, in article: Article) -> Span? {
        let s = t.trimmingSpaces(span)
        guard s.length >= 2, s.end <= article.bodyLength else { return nil }
        if let dateline = article.dateline, dateline.span.overlaps(s) { return nil }
        let text = t.string(s)
        if Self.outletEndings.contains(where: { text.hasSuffix($0) }) || OrganizationRecognizer.isNonBody(text)
            || OrganizationRecognizer.isGoalOrClass(t, s, places: lexicon.places) { return nil }
        // A span that starts or ends inside an ordinary word (京津冀协|同, 互|联网医院) is no name.
        if s.end < t.count && model.features.words.contains(t.string(s.end - 1, s.end + 1))
            || s.start > 0 && model.features.words.contains(t.string(s.start - 1, s.start + 1))
            || s.start > 0 && OrganizationRecognizer.ordinaryPairs.contains(t.string(s.start - 1, s.start + 1)) { return nil }
        // A quotation mark without its partner inside the span (西安“双中心) cuts a name in two.
        if text.contains("“") != text.contains("”") || text.contains("《") != text.contains("》") { return nil }
        // A kind of body alone (人大常委会, 主席团, 公司) or a short name (政协, 中办) is not named here.
        if s.length <= 3 || lexicon.orgSuffixes.contains(text) || lexicon.orgSuffixes.longestMatch(in: t, at: s.start) == s.end { return nil }
        let clash = article.mentions.contains { m in
            m.span.overlaps(s) && !(m.kind == .place && s.contains(m.span) && s != m.span)
        }
        return clash ? nil : s
    }
}

import NewsGraphModel

/// Parts of meeting names: session numbers, the place printed with a meeting, names in a headline.
extension MeetingRecognizer {
    /// Whether `stem` is only a session number (第二次).
    static func isSessionNumber(_ stem: String) -> Bool {
        let t = ScalarText(stem)
        guard t.count >= 3, t[0] == "第", t[t.count - 1] == "次" else { return false }
        return t.scalars[1..<(t.count - 1)].allSatisfy(ChineseNumber.isNumeral)
    }

    /// A session's presidium (`主席团`, `大会主席团`) printed right before `offset`, as a mention of
    /// its text (a presidium is no body the article names, so the recognisers leave it out).
    static func presidium(_ t: ScalarText, endingAt offset: Int) -> Mention? {
        for word in ["大会主席团", "主席团"] {
            let n = word.unicodeScalars.count
            if offset >= n, t.hasPrefix(word, at: offset - n) {
                return Mention(kind: .organization, span: Span(offset - n, offset), text: word, rule: "meeting.presidium")
            }
        }
        return nil
    }

    /// The end of `第N次(全体)会议` starting at `offset`, if there is one.
    static func sessionSuffix(_ t: ScalarText, from offset: Int) -> Int? {
        var i = offset + 1
        while i < t.count && ChineseNumber.isNumeral(t[i]) { i += 1 }
        guard i > offset + 1, i < t.count, t[i] == "次" else { return nil }
        i += 1
        for tail in ["全体会议", "会议"] where t.hasPrefix(tail, at: i) { return i + tail.unicodeScalars.count }
        return nil
    }

    /// The place printed with a meeting: `在长春举行`, `到通化市调研`.
    /// Words ending in 于 that open no place (`关于`, `对于`), `non-locative-yu.txt`.
    static let nonLocativeYu: Set<String> = Set(GrammarWords.list("non-locative-yu.txt"))

    func place(in article: Article, sentence: Span, near span: Span) -> String? {
        let places = article.mentions(of: .place).filter { sentence.contains($0.span) }
        for p in places where p.span.start > 0 {
            let before = article.text[p.span.start - 1]
            if before == "在" || before == "到" || before == "赴" || before == "来" || before == "抵" { return p.name }
            // 于 opens a place, not inside 关于 / 对于.
            if before == "于" && !(p.span.start >= 2 && Self.nonLocativeYu.contains(article.text.string(p.span.start - 2, p.span.start))) { return p.name }
            // …深入东丰县实地调研, 来到通化市
            if p.span.start >= 2, ["深入", "来到", "前往", "走进"].contains(article.text.string(p.span.start - 2, p.span.start)) { return p.name }
        }
        return nil
    }

    /// Meeting names in a headline.
    func headlineMeetings(_ headline: String) -> [String] {
        let t = ScalarText(headline)
        var out: [String] = []
        var i = 0
        while i < t.count {
            guard let end = lexicon.meetingWords.longestMatch(in: t, at: i) else { i += 1; continue }
            var s = i
            while s > 0 && (CharacterClass.isHan(t[s - 1]) || CharacterClass.isDigit(t[s - 1])) && !BoundaryWords.leftStop(endingAt: s, in: t, floor: 0) { s -= 1 }
            if i - s >= 2 { out.append(t.string(s, end)) }
            i = end
        }
        return out
    }
}

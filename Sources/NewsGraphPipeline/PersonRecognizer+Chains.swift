import NewsGraphModel

extension PersonRecognizer {
    /// The posts printed right before `offset`, joined by `、` or nothing: 省委副书记、省长.
    func titleChain(_ article: Article, endingAt offset: Int) -> [Mention] {
        var chain: [Mention] = []
        var p = offset
        while let title = article.mention(endingAt: p, kinds: [.title]) {
            chain.insert(title, at: 0)
            p = title.span.start
            if p > 0 && article.text[p - 1] == "、" && article.mention(endingAt: p - 1, kinds: [.title]) != nil { p -= 1 }
            else if let q = commaSplitChain(article, before: p) { p = q }
        }
        return chain
    }

    /// The credit word that titles a byline's reporter at `offset` inside the dateline `span`, or
    /// `fallback` (`记者`) when none is printed.
    func titleMentions(_ article: Article, endingAt offset: Int, in span: Span, fallback: String) -> [Mention] {
        if let t = article.mention(endingAt: offset, kinds: [.title]), span.contains(t.span) { return [t] }
        // （记者 甲 通讯员 乙 丙）: the nearest credit word before the name, over spaces and the names after it.
        var k = offset
        while k > span.start, article.text[k - 1] == " " || article.text[k - 1] == "\u{3000}" || CharacterClass.isHan(article.text[k - 1]) {
            if let t = article.mention(endingAt: k, kinds: [.title]), span.contains(t.span), k < offset { return [t] }
            k -= 1
        }
        return [Mention(kind: .title, span: Span(span.start, span.start), text: fallback, rule: "title.byline")]
    }

    /// The organisation printed right before a name or its post chain (the first unit of a chain of units).
    func affiliationBefore(_ article: Article, chainStart: Int, titles: [Mention]) -> Mention? {
        var p = chainStart
        var first: Mention?
        while let unit = article.mention(endingAt: p, kinds: [.organization]) {
            first = unit
            p = unit.span.start
        }
        // A post that absorbed its organisation (`省委书记`) is not an affiliation printed apart.
        if first == nil, let title = titles.first, title.rule == "title.head", title.value != nil {
            return article.mentions.first { $0.kind == .organization && $0.name == title.value }
        }
        return first
    }
}

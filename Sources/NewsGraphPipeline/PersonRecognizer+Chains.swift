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

    /// The posts printed right before names found again on the page (`省长` + a name known from
    /// `甲说` later on), as the anchored rules give them where they find the name themselves.
    ///
    /// A name the post rule could not close (`省长甲应邀出席`: the name model hesitates before 应)
    /// is still the name the page prints elsewhere; the chain of posts before it is its own.
    func postsBefore(_ found: [Mention], in article: Article) -> [Relation] {
        found.flatMap { person -> [Relation] in
            let chain = titleChain(article, endingAt: person.span.start)
            guard !chain.isEmpty else { return [] }
            let affiliation = affiliationBefore(article, chainStart: chain[0].span.start, titles: chain)
            return Self.postRelations(of: person.name, at: person.span, titles: chain, affiliation: affiliation, rule: "person.known")
        }
    }
}

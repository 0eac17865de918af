import NewsGraphModel

extension ModelNameRecognizer {
    /// The posts printed right before a name the tagger found (`省工信厅二级巡视员 王五`, `记者 王五`),
    /// as holds_post relations, and the body before them as affiliated_with, as the grammar records
    /// them for the names it anchors itself.
    ///
    /// A name later in a `、` list shares the posts before the list (`副主席甲、乙、丙`).
    func posts(of person: Mention, in article: Article) -> [Relation] {
        let t = article.text
        var p = person.span.start
        while p > 0 && CharacterClass.isSpace(t[p - 1]) { p -= 1 }
        var chain = persons.titleChain(article, endingAt: p)
        while chain.isEmpty, p > 1, t[p - 1] == "、",
              let previous = article.mentions.first(where: { $0.kind == .person && $0.span.end == p - 1 }) {
            p = previous.span.start
            chain = persons.titleChain(article, endingAt: p)
        }
        guard let first = chain.first else { return [] }
        // 四级书记赛牛: a post by its rank is a kind of office, not one person's.
        if first.span.start > 0 && article.text[first.span.start - 1] == "级" { return [] }
        let affiliation = persons.affiliationBefore(article, chainStart: first.span.start, titles: chain)
        return PersonRecognizer.postRelations(of: person.name, at: person.span, titles: chain, affiliation: affiliation, rule: person.rule)
    }
}

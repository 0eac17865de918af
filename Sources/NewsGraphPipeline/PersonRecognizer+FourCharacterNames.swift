import NewsGraphModel

extension PersonRecognizer {
    /// Countries whose names are printed in four Han characters (`four-character-name-countries.txt`).
    static let fourCharacterNameCountries: [String] = GrammarWords.list("four-character-name-countries.txt")

    /// A four-character name right after a post of a body of a country whose names are so printed
    /// (`日本某某会前会长` + `某田某月`), when the name closes where a list or a sentence goes on and no
    /// shorter name does.
    ///
    /// Chinese names are two or three characters; a Japanese name is mostly four, which the name
    /// model, trained on Chinese names, scores low or cuts after its family name.
    ///
    /// Example: in `日本某某协会会长山田五月和韩国某某财团理事长金大中出席`, `山田五月`.
    func fourCharacterName(_ t: ScalarText, at p: Int, after post: Mention, article: Article) -> Span? {
        guard Self.fourCharacterNameCountries.contains(where: { post.text.hasPrefix($0) }), p + 4 <= t.count,
              (p..<(p + 4)).allSatisfy({ CharacterClass.isHan(t[$0]) }) else { return nil }
        func closes(_ k: Int) -> Bool {
            k >= t.count || CharacterClass.isPunctuation(t[k]) || BoundaryWords.afterNameWord(at: k, in: t)
                || t.hasPrefix("和", at: k) || t.hasPrefix("及", at: k) || t.hasPrefix("以及", at: k)
        }
        guard closes(p + 4), !closes(p + 2), !closes(p + 3) else { return nil }
        let span = Span(p, p + 4)
        if article.overlapsMention(span, kinds: [.organization, .place, .title, .date, .meeting]) { return nil }
        return span
    }
}

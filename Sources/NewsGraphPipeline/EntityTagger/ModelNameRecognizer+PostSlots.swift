import NewsGraphModel

extension ModelNameRecognizer {
    /// Punctuation that closes an item of a list of people.
    static let slotEnds: Set<Unicode.Scalar> = ["、", "，", ",", "。", "；", " ", "\u{3000}"]

    /// Names that neither the grammar nor the tagger found, in the slot a post opens: two or three
    /// Chinese characters right after a post and closed by a list's punctuation
    /// (`自治区党委副书记甲乙丙，…`), read as a name by the name model's checks (`person.post-slot`).
    /// Rare surnames the tagger never saw in training are found this way.
    func postSlotNames(_ article: Article) -> [Mention] {
        let t = article.text
        var out: [Mention] = []
        for title in article.mentions(of: .title) {
            let p = title.span.end
            if title.span.start > 0 && t[title.span.start - 1] == "级" { continue }
            for n in [2, 3] where p + n < t.count {
                let span = Span(p, p + n)
                guard Self.slotEnds.contains(t[p + n]), (p..<(p + n)).allSatisfy({ CharacterClass.isHan(t[$0]) }) else { continue }
                guard !article.overlapsMention(span, kinds: Self.blocking), !out.contains(where: { $0.span.overlaps(span) }),
                      persons.isListName(t, span, article: article), readsAsName(t, span) else { continue }
                out.append(Mention(kind: .person, span: span, text: t.string(span), rule: "person.post-slot"))
                break
            }
        }
        return out
    }
}

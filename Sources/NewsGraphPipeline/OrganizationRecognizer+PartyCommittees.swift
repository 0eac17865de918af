import NewsGraphModel

extension OrganizationRecognizer {
    /// Parties whose local committees are bodies of their own (`party-committee-openers.txt`).
    static let partyOpeners = WordTrie(GrammarWords.list("party-committee-openers.txt"))
    /// What makes a committee of such a party (`省委`, `委员会`), `party-committee-heads.txt`.
    static let partyCommitteeHeads = WordTrie(GrammarWords.list("party-committee-heads.txt"))

    /// A party's committee printed as one name: the party, a place, and its committee
    /// (`民建省委`, `民盟某某省委`), rule `org.party-committee`.
    ///
    /// News writing prints a democratic party's committee before its posts (`民进省委主委甲`); the
    /// committee is a body of its own, not a Party or state organ, so it is listed even as a post's
    /// seat. The bodies found inside it (the party, `省委`) give way to it.
    ///
    /// Example: `致公党某某省委副主委` holds `致公党某某省委` when 某某省 is a place.
    func partyCommittees(_ t: ScalarText, found: [Mention], article: Article) -> [Mention] {
        var out = found
        for party in found {
            guard let e = Self.partyOpeners.longestMatch(in: t, at: party.span.start), e == party.span.end else { continue }
            var k = e
            if let place = article.mentions.first(where: { $0.kind == .place && $0.span.start == k }) { k = place.span.end }
            guard let end = Self.partyCommitteeHeads.longestMatch(in: t, at: k) else { continue }
            let span = Span(party.span.start, end)
            out.removeAll { span.contains($0.span) }
            out.append(Mention(kind: .organization, span: span, text: t.string(span), rule: "org.party-committee"))
        }
        return out.sorted { $0.span < $1.span }
    }
}

import NewsGraphModel

extension RelationExtractor {
    /// Adverbs that may open a clause of a chain (`并`, `同时`), `chain-adverbs.txt`.
    static let chainAdverbs: [String] = GrammarWords.list("chain-adverbs.txt")

    /// The subject of a chain of clauses that a verb at `o` ends: the one person the sentence names
    /// before the verb, when the verb opens its clause (after a comma and any adverb of
    /// `chain-adverbs.txt`) and that person opens a clause of the sentence.
    ///
    /// News writing strings a leader's acts into one sentence with one subject
    /// (`甲察看产品展示，询问研发情况，指出要加快发展`): the last clause's verb is the subject's.
    /// With two people before the verb the subject is not certain, and none is returned.
    ///
    /// Example: in `在某集团，甲察看展示，询问情况，强调要抓好落实。` the speaker is 甲.
    func chainSubject(before o: Int, in article: Article, sentence: Span) -> Mention? {
        let t = article.text
        var k = o
        if let adverb = Self.chainAdverbs.first(where: { o >= $0.unicodeScalars.count && t.hasPrefix($0, at: o - $0.unicodeScalars.count) }) {
            k -= adverb.unicodeScalars.count
        }
        guard k > sentence.start, "，,".unicodeScalars.contains(t[k - 1]) else { return nil }
        let people = article.mentionIndex.inside(Span(sentence.start, k), kinds: [.person])
            .filter { $0.rule != "person.credit" && $0.rule != "person.byline" }
        guard people.count == 1 || Set(people.map(\.name)).count == 1, let who = people.first else { return nil }
        // The person opens a clause (after its posts): 在某集团，甲…, not 陪同甲的乙….
        var start = who.span.start
        while let title = article.mention(endingAt: start, kinds: [.title, .organization]) { start = title.span.start }
        guard start == sentence.start || "，,。；：\n".unicodeScalars.contains(t[start - 1]) else { return nil }
        // 甲在某地视察时，…要求…: acts of another time, not of this event.
        let between = t.string(who.span.end, k)
        if between.contains("时，") || between.contains("时,") || between.contains("指示") { return nil }
        return who
    }
}

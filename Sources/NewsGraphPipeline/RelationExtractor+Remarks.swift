import NewsGraphModel

extension RelationExtractor {
    /// Words in a meeting's name that make it one where hosts and guests exchange remarks.
    static let exchangeWords: [String] = GrammarWords.list("exchange-words.txt")

    /// Whether what people say at `meeting` are its remarks: a reception, a talk or a symposium.
    static func isExchange(_ meeting: Meeting) -> Bool {
        exchangeWords.contains { meeting.name.contains($0) }
    }

    /// Where the subject starts after an opening that places the sentence at an exchange
    /// (`座谈会上，`, `会见中，`, `会谈时，`): an exchange word, then 上 / 中 / 时 and a comma within
    /// ten characters of the sentence's start. Nil when the sentence opens otherwise.
    static func exchangeOpening(_ t: ScalarText, sentence: Span) -> Int? {
        var k = sentence.start
        while k < sentence.end, CharacterClass.isSpace(t[k]) || t[k] == "\n" { k += 1 }
        var c = k
        while c < sentence.end && c - k < 10 && t[c] != "，" && t[c] != "," { c += 1 }
        guard c < sentence.end, c - k >= 3, t[c] == "，" || t[c] == "," else { return nil }
        let head = t.string(k, c)
        guard ["上", "中", "时"].contains(where: { head.hasSuffix($0) }), exchangeWords.contains(where: { head.contains($0) }) else { return nil }
        return c + 1
    }

    /// Words that make an event a reception or a talk between hosts and guests (`reception-words.txt`).
    static let receptionWords: [String] = GrammarWords.list("reception-words.txt")

    /// Whether `meeting` is a reception or a talk named by its own clause (`甲在某地会见了乙一行`).
    static func isReception(_ meeting: Meeting, in t: ScalarText) -> Bool {
        meeting.rule == "meeting.event" && receptionWords.contains { t.string(meeting.span).contains($0) }
    }

    /// Words for both sides of an exchange as one subject (`both-sides.txt`).
    static let bothSidesWords: [String] = GrammarWords.list("both-sides.txt")

    /// The hosts and guests of a reception or a talk when a sentence gives the remarks of both sides
    /// (`双方表示，…`, `宾主双方就…交换了意见`): the people of the event's own clause
    /// (`甲在某地会见了乙一行`). Empty unless `meeting` is such an event and the sentence opens so.
    func bothSides(in sentence: Span, of article: Article, meeting: Meeting) -> [Mention] {
        let t = article.text
        guard meeting.rule == "meeting.event", Self.isExchange(meeting) || Self.isReception(meeting, in: t) else { return [] }
        var k = Self.exchangeOpening(t, sentence: sentence) ?? sentence.start
        while k < sentence.end, CharacterClass.isSpace(t[k]) || t[k] == "\n" { k += 1 }
        guard let word = Self.bothSidesWords.first(where: { t.hasPrefix($0, at: k) }) else { return [] }
        var end = k + word.unicodeScalars.count
        while end < sentence.end && !"，,；。：:".unicodeScalars.contains(t[end]) { end += 1 }
        // The first clause says something: a remark verb, or 交换了意见 (both sides spoke).
        let clause = Span(k, end)
        let remarks = (clause.start..<clause.end).contains { lexicon.remarkVerbs.longestMatch(in: t, at: $0) != nil }
            || t.string(clause).contains("交换")
        guard remarks else { return [] }
        return article.mentions(of: .person).filter { meeting.span.contains($0.span) }
    }

    /// The people whose remarks a sentence reports at a reception, a talk or a symposium: the names
    /// of the subject that opens the sentence (posts and names joined by `、`, `和`, `以及`), when the
    /// first clause goes on to a remark verb (`remark-verbs.txt`). Example: `甲、乙赞誉我省的发展成就。`
    /// and `丙代表使节团对浙江的热情接待表示感谢。` give 甲, 乙 and 丙. `briefing` is true when the
    /// remark is `介绍…情况`, which the annotation guide counts as a report, not a speech.
    func remarkSpeakers(in sentence: Span, of article: Article) -> (speakers: [Mention], briefing: Bool) {
        let t = article.text
        var k = Self.exchangeOpening(t, sentence: sentence) ?? sentence.start
        while k < sentence.end, CharacterClass.isSpace(t[k]) || t[k] == "\n" { k += 1 }
        // The subject: posts, bodies, places and names, joined by 、 和 以及.
        var speakers: [Mention] = []
        while k < sentence.end {
            if let m = article.mentionIndex.starting(at: k, kinds: [.person, .title, .organization, .place]).max(by: { $0.span.length < $1.span.length }) {
                if m.kind == .person { speakers.append(m) }
                k = m.span.end
                continue
            }
            if let joiner = ["以及", "、", "和"].first(where: { t.hasPrefix($0, at: k) }) {
                k += joiner.unicodeScalars.count
                continue
            }
            break
        }
        guard !speakers.isEmpty else { return ([], false) }
        // The rest of the first clause holds a remark verb; a clause that only says for whom they
        // speak (甲首先代表省委、省政府，向…表示感谢) runs on to the next.
        var end = k
        while end < sentence.end && !"，,；。：:".unicodeScalars.contains(t[end]) { end += 1 }
        if end < sentence.end, "，,".unicodeScalars.contains(t[end]), t.string(k, end).contains("代表") {
            end += 1
            while end < sentence.end && !"，,；。：:".unicodeScalars.contains(t[end]) { end += 1 }
        }
        var p = k
        while p < end {
            if let e = lexicon.remarkVerbs.longestMatch(in: t, at: p) {
                // 介绍…情况 is a briefing, which the guide counts as a report.
                let briefing = t.string(p, e) == "介绍" && t.string(e, end).contains("情况")
                return (speakers, briefing)
            }
            p += 1
        }
        return ([], false)
    }
}

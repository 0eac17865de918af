import NewsGraphModel

extension MeetingRecognizer {
    /// Whether a meeting word starting at `s` is convened right there (`召开座谈会`, `主持召开座谈会`,
    /// `举行座谈会`).
    static func isConvenedHere(_ t: ScalarText, at s: Int, by verbs: [String] = conveningVerbs) -> Bool {
        verbs.contains { s >= $0.unicodeScalars.count && t.hasPrefix($0, at: s - $0.unicodeScalars.count) }
    }

    /// Whether a meeting word that opens a clause is its subject and convened in it (`座谈会在某市召开`,
    /// `座谈会今天举行`): the clause after it holds `召开` or `举行` before any punctuation.
    static func isConvenedAfter(_ t: ScalarText, word: Span) -> Bool {
        guard word.start == 0 || "，。；：\n ".unicodeScalars.contains(t[word.start - 1]) else { return false }
        var e = word.end
        while e < t.count && e - word.end < 12 && !"，。；：,\n".unicodeScalars.contains(t[e]) { e += 1 }
        let after = t.string(word.end, e)
        return conveningVerbs.contains { after.contains($0) }
    }

    /// Verbs that convene a meeting word right after them (`召开`, `举行`), `convening-verbs.txt`.
    static let conveningVerbs: [String] = GrammarWords.list("convening-verbs.txt")

    /// The events convened under their kind alone (`召开座谈会`) that are events of their own: those
    /// whose kind ends no meeting the article names (a `某某座谈会` named elsewhere is that one).
    ///
    /// The guide names an unnamed event by the short description the text gives it: a visit that
    /// holds a symposium reports two events, the visit and `座谈会`.
    ///
    /// Example: in `甲到某县调研。…甲主持召开座谈会，听取汇报。` the second event is `座谈会`.
    static func unnamedEvents(_ bare: [Mention], named: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for m in bare where !named.contains(where: { $0.text != m.text && $0.text.hasSuffix(m.text) }) && !out.contains(where: { $0.text == m.text }) {
            out.append(m)
        }
        return out
    }
}

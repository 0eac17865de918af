import NewsGraphModel

extension RelationExtractor {
    /// Openings of a sentence that reports what a meeting said (`会议指出，…`, `会议认为，…`): what
    /// follows is the content of its conclusions, where bodies and verbs of reporting are not events.
    static let statementOpeners: [String] = GrammarWords.list("statement-openers.txt")

    /// Words just before a verb of reporting that make it an exhortation (`要积极建言献策`, `应主动汇报`).
    static let exhortations: [String] = GrammarWords.list("exhortations.txt")

    /// Whether `sentence` opens (after white space) with a meeting's statement.
    static func isMeetingsStatement(_ t: ScalarText, sentence: Span) -> Bool {
        var s = sentence.start
        while s < sentence.end, CharacterClass.isSpace(t[s]) || t[s] == "\n" { s += 1 }
        return statementOpeners.contains { t.hasPrefix($0, at: s) }
    }

    /// Whether the verb at `offset` follows a word of exhortation in its sentence.
    static func isExhortation(_ t: ScalarText, before offset: Int, sentence: Span) -> Bool {
        exhortations.contains { w in
            let n = w.unicodeScalars.count
            return offset - n >= sentence.start && t.hasPrefix(w, at: offset - n)
        }
    }
}

import NewsGraphModel

extension MeetingRecognizer {
    /// Verbs whose subject is the meeting reported (`会议指出`, `会议决定`), `meeting-agenda-verbs.txt`.
    static let agendaVerbs: [String] = GrammarWords.list("meeting-agenda-verbs.txt")

    /// The meeting an article reports without naming it: the first `会议` convened by a body
    /// (`某某常委会上午召开会议`) or opening a sentence as the subject of its agenda (`会议决定…`),
    /// when no meeting held is named.
    ///
    /// The guide names an unnamed event by the short description the text gives it, so such a
    /// meeting is `会议`; the caller makes it the article's meeting only when none other is.
    ///
    /// Example: in `某市人大常委会上午召开会议，决定任命甲为副市长。` the event is `会议`.
    static func reportedMeeting(_ anaphora: [Mention], in t: ScalarText, article: Article) -> Mention? {
        anaphora.first { m in
            guard genericWords.contains(m.text), m.text == "会议" else { return false }
            if isConvenedHere(t, at: m.span.start) { return true }
            let opens = m.span.start == 0 || "。\n；".unicodeScalars.contains(t[m.span.start - 1])
                || article.sentence(containing: m.span.start)?.start == m.span.start
            var after = m.span.end
            if t.hasPrefix("还", at: after) || t.hasPrefix("并", at: after) || t.hasPrefix("一致", at: after) { after += 1 }
            return opens && agendaVerbs.contains { t.hasPrefix($0, at: after) }
        }
    }
}

import NewsGraphModel

extension MeetingRecognizer {
    /// Verbs whose subject is the meeting reported (`会议指出`, `会议决定`), `meeting-agenda-verbs.txt`.
    static let agendaVerbs: [String] = GrammarWords.list("meeting-agenda-verbs.txt")
    /// Adverbs between 会议 and its agenda's verb (`会议还听取了…`), `meeting-agenda-adverbs.txt`.
    static let agendaAdverbs: [String] = GrammarWords.list("meeting-agenda-adverbs.txt")

    /// The meeting an article reports without naming it, as the article's meeting: the first `会议`
    /// convened by a body (`某某常委会上午召开会议`) or opening a sentence as the subject of its agenda
    /// (`会议决定…`), dated by its sentence or the dateline (rule `meeting.reported`).
    ///
    /// The guide names an unnamed event by the short description the text gives it, so such a
    /// meeting is `会议`; the caller makes it the article's meeting only when none other is.
    ///
    /// Example: in `某市人大常委会上午召开会议，决定任命甲为副市长。` the event is `会议`.
    static func reportedMeeting(_ anaphora: [Mention], in article: Article) -> Meeting? {
        guard let m = reportingAnaphor(anaphora, in: article) else { return nil }
        let sentence = article.sentence(containing: m.span.start) ?? m.span
        let date = article.mentions(of: .date).first { sentence.contains($0.span) && $0.value != nil }?.value.flatMap(SimpleDate.init(iso:))
            ?? article.dateline?.date.flatMap { $0.isComplete ? $0 : nil }
        return Meeting(name: m.text, date: date, place: nil, series: nil, isMain: true, span: m.span, rule: "meeting.reported")
    }

    /// The first `会议` that reports the article's meeting (see `reportedMeeting`).
    static func reportingAnaphor(_ anaphora: [Mention], in article: Article) -> Mention? {
        let t = article.text
        return anaphora.first { m in
            guard m.text == "会议" else { return false }
            if isConvenedHere(t, at: m.span.start) { return true }
            let opens = m.span.start == 0 || "。\n；".unicodeScalars.contains(t[m.span.start - 1])
                || article.sentence(containing: m.span.start)?.start == m.span.start
            var after = m.span.end
            if let adverb = agendaAdverbs.first(where: { t.hasPrefix($0, at: after) }) { after += adverb.unicodeScalars.count }
            return opens && agendaVerbs.contains { t.hasPrefix($0, at: after) }
        }
    }
}

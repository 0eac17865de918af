import NewsGraphModel

extension RelationExtractor {
    /// The sitting whose roles a sentence prints: a sitting named in it (`举行第二次全体会议`), else
    /// the one before it, until a sentence names another event that is held.
    ///
    /// A report of a session's sitting names the sitting, then prints who chaired, spoke and sat on
    /// the rostrum at it; those roles are the sitting's, not the session's.
    ///
    /// Example: after `某某会议举行闭幕会。`, `甲主持闭幕会。乙出席。` both roles are the 闭幕会's.
    func currentSitting(after previous: Meeting?, in sentence: Span, of article: Article) -> Meeting? {
        let here = article.meetings.filter { sentence.contains($0.span) }
        if let sitting = here.first(where: MeetingRecognizer.isSitting) { return sitting }
        if here.contains(where: { !$0.isMain && ($0.rule == "meeting.event" || $0.date != nil) }) { return nil }
        return previous
    }
}

import NewsGraphModel

extension RelationExtractor {
    /// Verbs that give their subjects another role at the meeting: attending (`attend-verbs.txt`),
    /// chairing and speaking.
    static let otherRoleVerbs: [String] = attendVerbs + ["主持", "讲话"]

    /// Where the clauses of people who took another role end, before a verb of reporting at `o`: the
    /// first comma or semicolon after the last verb of attending, chairing or speaking between `from`
    /// and `o`, when such a mark comes before `o`. Nil when no such clause closes before the verb.
    ///
    /// `甲主持会议并讲话，乙出席，丙通报了…情况`: only 丙 reports; `甲应邀出席并作通报`: 甲 attends and
    /// reports, for no clause closes between the two verbs.
    static func otherRoleClauseEnd(_ t: ScalarText, from: Int, before o: Int) -> Int? {
        guard from < o else { return nil }
        let lastVerbEnd = otherRoleVerbs.compactMap { v in t.occurrences(of: v, in: Span(from, o)).last.map { $0 + v.unicodeScalars.count } }.max()
        guard let end = lastVerbEnd, end < o else { return nil }
        return (end..<o).first { "，,；;".unicodeScalars.contains(t[$0]) }.map { $0 + 1 }
    }
}

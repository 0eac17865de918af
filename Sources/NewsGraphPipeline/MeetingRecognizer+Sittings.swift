import NewsGraphModel

extension MeetingRecognizer {
    /// Words of sittings (`全体会议`, `闭幕会`), `sitting-words.txt`.
    static let sittingWords: Set<String> = GrammarWords.set("sitting-words.txt")
    /// Words after a sitting that say it is held (`开始`), `sitting-starts.txt`.
    static let sittingStarts: [String] = GrammarWords.list("sitting-starts.txt")
    /// Verbs that hold a sitting besides convening it (`主持`, `出席`), `sitting-holding-verbs.txt`.
    static let sittingHoldingVerbs: [String] = GrammarWords.list("sitting-holding-verbs.txt")

    /// Whether the meeting word `word` at `start..<end`, with only a session number (`第二次`) or
    /// nothing before it from `s`, is a sitting held in the article: convened, chaired or attended
    /// (`举行闭幕会`, `主持开幕会`, `召开第一次全体会议`) or begun (`闭幕大会开始`, `闭幕会由…主持`).
    ///
    /// A sitting of a session is an event of its own beside the session, named by the words that
    /// print it.
    static func isHeldSitting(_ t: ScalarText, word: String, stemStart s: Int, wordStart i: Int, end: Int) -> Bool {
        guard sittingWords.contains(word), s == i || isSessionNumber(t.string(s, i)) else { return false }
        let convened = isConvenedHere(t, at: s, by: conveningVerbs + sittingHoldingVerbs)
        let begun = sittingStarts.contains { t.hasPrefix($0, at: end) }
        return convened || begun
    }

    /// Whether a meeting is a sitting of a session (`第二次全体会议`, `闭幕会`), named by its sitting
    /// word alone or after a session number.
    public static func isSitting(_ meeting: Meeting) -> Bool {
        guard let word = sittingWords.first(where: { meeting.name.hasSuffix($0) }) else { return false }
        let stem = String(meeting.name.dropLast(word.count))
        return stem.isEmpty || isSessionNumber(stem)
    }
}

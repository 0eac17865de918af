import NewsGraphModel

extension MeetingRecognizer {
    /// Verbs that name a meeting by the spirit it relays (`meeting-relay-verbs.txt`), longer first.
    static let relayVerbs: [String] = GrammarWords.list("meeting-relay-verbs.txt")

    /// Where the name of a meeting held to relay a higher meeting's spirit starts: at the verb that
    /// relays it, over the names of the meetings relayed and the conjunctions between them.
    ///
    /// The meeting is named by what it does (`传达A会议和B会议精神大会`); the left extension of the
    /// name stops at `和` or at the verb, which would leave `B会议精神大会`. `stemStart` is where the
    /// extension stopped, `wordStart` where the meeting word begins; nil unless the stem ends in
    /// `精神` and a relaying verb opens the same clause within 40 characters.
    ///
    /// Example: in `省委召开传达甲会议和乙会议精神大会`, the name is `传达甲会议和乙会议精神大会`.
    static func relayingStart(_ t: ScalarText, stemStart s: Int, wordStart i: Int) -> Int? {
        guard i - s >= 2, t.string(i - 2, i) == "精神" else { return nil }
        var k = s
        while k > 0 && s - k < 40 && !"，。；：,;:\n".unicodeScalars.contains(t[k - 1]) {
            if let verb = relayVerbs.first(where: { k >= $0.unicodeScalars.count && t.hasPrefix($0, at: k - $0.unicodeScalars.count) }) {
                return k - verb.unicodeScalars.count
            }
            k -= 1
        }
        return nil
    }

    /// Whether a meeting's name says it relays other meetings' spirit (`传达甲会议精神大会`): the
    /// meetings named inside it are meetings of their own.
    static func isRelaying(_ name: String) -> Bool {
        name.contains("精神") && relayVerbs.contains { name.hasPrefix($0) }
    }
}

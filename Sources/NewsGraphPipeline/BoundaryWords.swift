import NewsGraphModel

/// Small closed word classes the recognisers use to find where a name starts or ends.
///
/// These are grammar (function words and verbs that cannot be inside a name), not names.
enum BoundaryWords {
    /// Single characters that cannot be inside an organisation or policy name before its head.
    static let stopChars: Set<Unicode.Scalar> = GrammarWords.characters("stop-chars.txt").union(CharacterClass.punctuation).union(["\n", " "])

    /// Verbs and adverbs that end a left extension (the name starts after them).
    static let leftStops: [String] = GrammarWords.list("left-stops.txt")

    /// Whether a left-stop word ends exactly at `offset`.
    static func leftStop(endingAt offset: Int, in text: ScalarText, floor: Int) -> Bool {
        let starts = leftStopTrie.matches(in: text, endingAt: offset, floor: floor)
        guard !starts.isEmpty else { return false }
        // 中华人民共和国: the 和 of 共和国 ends nothing.
        for p in max(0, offset - 4)..<offset {
            if let e = leftStopExceptionTrie.longestMatch(in: text, at: p), e > offset || p < starts.min()! && e >= offset { return false }
        }
        return true
    }

    /// Words a left stop sits inside without ending a name (`共和国`), `left-stop-exceptions.txt`.
    static let leftStopExceptionTrie = WordTrie(GrammarWords.list("left-stop-exceptions.txt"))

    static let leftStopTrie = WordTrie(leftStops)
    static let afterNameTrie = WordTrie(afterName)

    /// Words that follow a person's name (verbs of speech, action, attendance) and mark its end.
    static let afterName: [String] = GrammarWords.list("after-name.txt") + ["，", "、", "。", "：", "；", "（", "）", "”", "“", "\n"]

    /// Whether a word that may follow a name starts at `offset`.
    static func afterNameWord(at offset: Int, in text: ScalarText) -> Bool {
        if offset >= text.count { return true }
        return afterNameTrie.longestMatch(in: text, at: offset) != nil
    }
}

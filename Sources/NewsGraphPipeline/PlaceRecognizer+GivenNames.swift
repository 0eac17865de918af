import NewsGraphModel

extension PlaceRecognizer {
    /// Whether a place word at `i` is the given name of someone named right after a post: a post
    /// head, a surname, then the word (`省委书记|陈|全国`, `市长|刘|长春`).
    ///
    /// News writing prints a name right after its post; a given name may be a place's name, and read
    /// as the place it hides the person.
    ///
    /// Example: in `党委书记陈全国主持会议` the word 全国 is no place.
    func givenName(_ t: ScalarText, at i: Int) -> Bool {
        guard i >= 3, lexicon.names.isSurname(t.string(i - 1, i)) else { return false }
        return lexicon.postHeads.longestMatch(in: t, endingAt: i - 1, floor: max(0, i - 8)) != nil
    }
}

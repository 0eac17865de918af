import NewsGraphModel

extension TitleRecognizer {
    /// Where a body named by its kind alone starts, when the word right before a post head is a
    /// multi-character organisation suffix (`办事处`, `委员会`) that opens an item of a chain (after
    /// `、`, `，`, `：` or the start of a line).
    ///
    /// A report names a body once and then only by its kind (`某省驻沪办事处…，办事处党组成员甲`);
    /// the post is printed with the kind, and the guide keeps it as printed.
    ///
    /// Example: in `，办事处党组成员、副主任甲主持` the first post is `办事处党组成员`.
    func bareBody(_ t: ScalarText, before headStart: Int) -> Int? {
        for s in lexicon.orgSuffixes.matches(in: t, endingAt: headStart, floor: max(0, headStart - 6)) where headStart - s >= 2 {
            if s == 0 || "、，,：:\n".unicodeScalars.contains(t[s - 1]) { return s }
        }
        return nil
    }
}

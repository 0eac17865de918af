import NewsGraphModel

extension PersonRecognizer {
    /// Words that open a noun phrase of one person (`与`, `会见`), `post-chain-openers.txt`.
    static let chainOpeners = WordTrie(GrammarWords.list("post-chain-openers.txt"))

    /// Where the chain of posts goes on before a comma at `p - 1`: at the end of the post group
    /// before the comma, when that group opens its noun phrase (after an opener of
    /// `post-chain-openers.txt` or at the start of a sentence).
    ///
    /// News writing splits the posts of one person into groups by a comma
    /// (`与全国某会副主席，某委党组书记、主任甲举行会谈`); both groups are the person's. A group that
    /// does not open the phrase (`由副省长主持，市长甲出席`) is not.
    ///
    /// Example: before `某委主任甲` in `与某会副主席，某委主任甲会谈` the chain goes on at `某会副主席`.
    func commaSplitChain(_ article: Article, before p: Int) -> Int? {
        let t = article.text
        guard p > 1, "，,".unicodeScalars.contains(t[p - 1]), article.mention(endingAt: p - 1, kinds: [.title]) != nil else { return nil }
        // The group before the comma, back to its first post.
        var s = p - 1
        while let title = article.mention(endingAt: s, kinds: [.title]) {
            s = title.span.start
            if s > 0 && t[s - 1] == "、" && article.mention(endingAt: s - 1, kinds: [.title]) != nil { s -= 1 }
        }
        let opens = s == 0 || "。；：\n".unicodeScalars.contains(t[s - 1]) || Self.chainOpeners.longestMatch(in: t, endingAt: s, floor: max(0, s - 3)) != nil
        return opens ? p - 1 : nil
    }
}

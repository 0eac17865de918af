extension Lexicon {
    /// The posts that credit words give (`credit-words.txt`, second column: 记者, 通讯员, 编辑):
    /// whoever holds one is credited for the article, not a party to what it reports.
    func creditPosts() -> Set<String> {
        Set(((try? table("credit-words.txt")) ?? [:]).values.filter { !$0.isEmpty })
    }
}

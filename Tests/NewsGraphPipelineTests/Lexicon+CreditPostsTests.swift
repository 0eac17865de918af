import Testing
@testable import NewsGraphPipeline

@Suite struct LexiconCreditPostsTests {
    @Test func theCreditWordsGiveTheirPostsAndAPhotographerNone() {
        let posts = Lexicon.shared.creditPosts()
        #expect(posts.contains("记者"))
        #expect(posts.contains("通讯员"))
        #expect(!posts.contains(""))
        #expect(!posts.contains("摄"))
    }
}

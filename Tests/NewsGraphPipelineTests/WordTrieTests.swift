import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct WordTrieTests {
    let trie = WordTrie(["省委", "省委书记", "书记", "副书记", "委"])

    @Test func longestMatchesForwardAndBackward() {
        let t = ScalarText("甲省委书记乙副书记")
        #expect(trie.longestMatch(in: t, at: 1) == 5)
        #expect(trie.longestMatch(in: t, at: 1, limit: 4) == 3)
        #expect(trie.longestMatch(in: t, at: 0) == nil)
        #expect(trie.matches(in: t, startingAt: 1) == [5, 3])
        #expect(trie.longestMatch(in: t, endingAt: 9) == 6)
        #expect(trie.matches(in: t, endingAt: 9) == [7, 6])
        #expect(trie.matches(in: t, endingAt: 5, floor: 2) == [3])
        #expect(trie.contains("省委书记") && !trie.contains("省"))
        #expect(trie.maxLength == 4)
    }
}

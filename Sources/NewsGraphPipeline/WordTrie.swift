import NewsGraphModel

/// A set of words for longest-match look-ups at a position, forwards or backwards.
///
/// Two character tries (one over the words, one over the words reversed) make every look-up a
/// walk of at most the longest word's length, with no strings built on the way.
public struct WordTrie: Sendable {
    /// A trie node: its children by character, and whether a word ends here.
    struct Node: Sendable {
        var children: [Unicode.Scalar: Int] = [:]
        var isWord = false
    }

    public let words: Set<String>
    public let maxLength: Int
    private var forward: [Node] = [Node()]
    private var backward: [Node] = [Node()]

    public init(_ words: [String]) {
        self.words = Set(words)
        maxLength = words.map { $0.unicodeScalars.count }.max() ?? 0
        for word in self.words.sorted() {
            Self.insert(Array(word.unicodeScalars), into: &forward)
            Self.insert(Array(word.unicodeScalars.reversed()), into: &backward)
        }
    }

    private static func insert(_ scalars: [Unicode.Scalar], into nodes: inout [Node]) {
        var n = 0
        for u in scalars {
            if let next = nodes[n].children[u] {
                n = next
            } else {
                nodes.append(Node())
                nodes[n].children[u] = nodes.count - 1
                n = nodes.count - 1
            }
        }
        nodes[n].isWord = true
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// The longest word that starts at `offset` (within `limit`), as its end offset.
    public func longestMatch(in text: ScalarText, at offset: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? text.count, text.count)
        var n = 0
        var best: Int?
        var i = offset
        while i < end, let next = forward[n].children[text[i]] {
            n = next
            i += 1
            if forward[n].isWord { best = i }
        }
        return best
    }

    /// Every word that starts at `offset`, as end offsets, longest first.
    public func matches(in text: ScalarText, startingAt offset: Int) -> [Int] {
        var out: [Int] = []
        var n = 0
        var i = offset
        while i < text.count, let next = forward[n].children[text[i]] {
            n = next
            i += 1
            if forward[n].isWord { out.insert(i, at: 0) }
        }
        return out
    }

    /// Every word that ends at `end` (not starting before `floor`), as start offsets, shortest first.
    public func matches(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> [Int] {
        var out: [Int] = []
        var n = 0
        var i = end
        while i > floor, let next = backward[n].children[text[i - 1]] {
            n = next
            i -= 1
            if backward[n].isWord { out.append(i) }
        }
        return out
    }

    /// The longest word that ends at `end` (not starting before `floor`), as its start offset.
    public func longestMatch(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> Int? {
        matches(in: text, endingAt: end, floor: floor).last
    }
}

import NewsGraphModel

/// A set of words for longest-match look-ups at a position, forwards or backwards.
///
/// Two character tries (one over the words, one over the words reversed) make every look-up a
/// walk of at most the longest word's length, with no strings built on the way. Each trie's
/// edges live in one open-addressing table keyed by (node, character), so a step is an array
/// read or two rather than a dictionary look-up.
public struct WordTrie: Sendable {
    /// The edges of one trie and the nodes where a word ends.
    struct Edges: Sendable {
        private var keys: [UInt64] = []
        private var targets: [Int32] = []
        private var mask = 0
        private(set) var isWord: [Bool] = [false]

        init(_ words: [[Unicode.Scalar]]) {
            var children: [[Unicode.Scalar: Int]] = [[:]]
            for word in words {
                var n = 0
                for u in word {
                    if let next = children[n][u] {
                        n = next
                    } else {
                        children.append([:])
                        isWord.append(false)
                        children[n][u] = children.count - 1
                        n = children.count - 1
                    }
                }
                isWord[n] = true
            }
            let edgeCount = children.reduce(0) { $0 + $1.count }
            var size = 16
            while size < edgeCount * 2 { size <<= 1 }
            keys = [UInt64](repeating: 0, count: size)
            targets = [Int32](repeating: -1, count: size)
            mask = size - 1
            for (node, edges) in children.enumerated() {
                for (u, target) in edges {
                    let key = Self.key(node, u)
                    var slot = Self.slot(key) & mask
                    while targets[slot] >= 0 { slot = (slot + 1) & mask }
                    keys[slot] = key
                    targets[slot] = Int32(target)
                }
            }
        }

        @inline(__always) static func key(_ node: Int, _ u: Unicode.Scalar) -> UInt64 { UInt64(node) << 21 | UInt64(u.value) }

        @inline(__always) static func slot(_ key: UInt64) -> Int {
            var h = key &* 0x9E3779B97F4A7C15
            h ^= h >> 29
            return Int(truncatingIfNeeded: h)
        }

        /// The node reached from `node` by `u`, or nil.
        @inline(__always) func next(_ node: Int, _ u: Unicode.Scalar) -> Int? {
            let key = Self.key(node, u)
            var slot = Self.slot(key) & mask
            while true {
                let t = targets[slot]
                if t < 0 { return nil }
                if keys[slot] == key { return Int(t) }
                slot = (slot + 1) & mask
            }
        }
    }

    public let words: Set<String>
    public let maxLength: Int
    private let forward: Edges
    private let backward: Edges

    public init(_ words: [String]) {
        self.words = Set(words)
        maxLength = words.map { $0.unicodeScalars.count }.max() ?? 0
        // Sorted by code point (a fixed order for the tables; cheaper than String's Unicode comparison).
        let sorted = self.words.map { Array($0.unicodeScalars) }.sorted { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
        forward = Edges(sorted)
        backward = Edges(sorted.map { Array($0.reversed()) })
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// The longest word that starts at `offset` (within `limit`), as its end offset.
    public func longestMatch(in text: ScalarText, at offset: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? text.count, text.count)
        var n = 0
        var best: Int?
        var i = offset
        while i < end, let next = forward.next(n, text[i]) {
            n = next
            i += 1
            if forward.isWord[n] { best = i }
        }
        return best
    }

    /// Every word that starts at `offset`, as end offsets, longest first.
    public func matches(in text: ScalarText, startingAt offset: Int) -> [Int] {
        var out: [Int] = []
        var n = 0
        var i = offset
        while i < text.count, let next = forward.next(n, text[i]) {
            n = next
            i += 1
            if forward.isWord[n] { out.insert(i, at: 0) }
        }
        return out
    }

    /// Every word that ends at `end` (not starting before `floor`), as start offsets, shortest first.
    public func matches(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> [Int] {
        var out: [Int] = []
        var n = 0
        var i = end
        while i > floor, let next = backward.next(n, text[i - 1]) {
            n = next
            i -= 1
            if backward.isWord[n] { out.append(i) }
        }
        return out
    }

    /// The longest word that ends at `end` (not starting before `floor`), as its start offset.
    public func longestMatch(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> Int? {
        matches(in: text, endingAt: end, floor: floor).last
    }
}

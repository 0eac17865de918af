import NewsGraphModel

/// A set of words for longest-match look-ups at a position, forwards or backwards.
public struct WordTrie: Sendable {
    public let words: Set<String>
    public let maxLength: Int

    public init(_ words: [String]) {
        self.words = Set(words)
        maxLength = words.map { $0.unicodeScalars.count }.max() ?? 0
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// The longest word that starts at `offset` (within `limit`), as its end offset.
    public func longestMatch(in text: ScalarText, at offset: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? text.count, text.count)
        var best: Int?
        var n = 1
        while n <= maxLength && offset + n <= end {
            if words.contains(text.string(offset, offset + n)) { best = offset + n }
            n += 1
        }
        return best
    }

    /// Every word that starts at `offset`, as end offsets, longest first.
    public func matches(in text: ScalarText, startingAt offset: Int) -> [Int] {
        var out: [Int] = []
        var n = 1
        while n <= maxLength && offset + n <= text.count {
            if words.contains(text.string(offset, offset + n)) { out.insert(offset + n, at: 0) }
            n += 1
        }
        return out
    }

    /// The longest word that ends at `end` (not starting before `floor`), as its start offset.
    public func longestMatch(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> Int? {
        var best: Int?
        var n = 1
        while n <= maxLength && end - n >= floor {
            if words.contains(text.string(end - n, end)) { best = end - n }
            n += 1
        }
        return best
    }

    /// Every word that ends at `end`, as start offsets, shortest first.
    public func matches(in text: ScalarText, endingAt end: Int, floor: Int = 0) -> [Int] {
        var out: [Int] = []
        var n = 1
        while n <= maxLength && end - n >= floor {
            if words.contains(text.string(end - n, end)) { out.append(end - n) }
            n += 1
        }
        return out
    }
}

import Foundation

/// Sorts by ids compared byte for byte where that gives Swift's own string order, which is faster.
///
/// Swift compares strings by their Unicode canonical equivalence (NFC): two ids spelt with different
/// but equivalent scalars are equal, and its comparison normalises where it cannot tell quickly. For
/// text of scalars that normalisation never changes, composes or reorders (`isPlain`: ASCII, CJK
/// ideographs and punctuation, full-width forms, a few dashes and quotes), NFC is the text itself,
/// so Swift's order is the order of the UTF-8 bytes. The sorts here compare bytes when every id is
/// such text and Swift's `<` otherwise: the result is the same either way.
///
/// ```swift
/// let nodes = IdOrder.sorted(view.nodes, by: { ($0.id, "") }, then: { $0.label < $1.label })
/// ```
enum IdOrder {
    /// `items` sorted (stably) by the two ids `keys` gives, then, where both are equal, by `then`.
    ///
    /// The ids are taken once per item and the items' positions are sorted, not the items (views
    /// of thousands of nodes and edges, each a wide value): the order is the stable sort's all the same.
    static func sorted<T>(_ items: [T], by keys: (T) -> (String, String), then: (T, T) -> Bool) -> [T] {
        sortedPositions(items, by: keys, then: then).map { items[$0] }
    }

    /// The positions of `items` in the order `sorted(_:by:then:)` gives them.
    static func sortedPositions<T>(_ items: [T], by keys: (T) -> (String, String), then: (T, T) -> Bool) -> [Int] {
        let keyed = items.map(keys)
        let plain = keyed.allSatisfy { isPlain($0.0) && isPlain($0.1) }
        let order: [Int]
        if plain {
            order = keyed.indices.sorted { a, b in
                let first = compareBytes(keyed[a].0, keyed[b].0)
                if first != 0 { return first < 0 }
                let second = compareBytes(keyed[a].1, keyed[b].1)
                if second != 0 { return second < 0 }
                return then(items[a], items[b])
            }
        } else {
            order = keyed.indices.sorted { a, b in
                let (a1, a2) = keyed[a], (b1, b2) = keyed[b]
                if a1 != b1 { return a1 < b1 }
                if a2 != b2 { return a2 < b2 }
                return then(items[a], items[b])
            }
        }
        return order
    }

    /// Whether two ids are the same as Swift compares them (equal bytes, or canonically equivalent).
    static func same(_ a: String, _ b: String) -> Bool {
        compareBytes(a, b) == 0 || a == b
    }

    /// Whether `items` are already in the order `sorted(_:by:then:)` gives them (a stable sort then
    /// leaves them as they are): checked pair by pair in one pass, ids compared as Swift compares them.
    static func isSorted<T>(_ items: [T], by keys: (T) -> (String, String), then: (T, T) -> Bool) -> Bool {
        guard items.count > 1 else { return true }
        var previous = keys(items[0])
        for index in 1..<items.count {
            let current = keys(items[index])
            let first = order(previous.0, current.0)
            if first > 0 { return false }
            if first == 0 {
                let second = order(previous.1, current.1)
                if second > 0 { return false }
                if second == 0, then(items[index], items[index - 1]) { return false }
            }
            previous = current
        }
        return true
    }

    /// `items` as `sorted(_:by:then:)` orders them, sorted only when they are not in that order already.
    static func ordered<T>(_ items: [T], by keys: (T) -> (String, String), then: (T, T) -> Bool) -> [T] {
        isSorted(items, by: keys, then: then) ? items : sorted(items, by: keys, then: then)
    }

    /// Swift's order of two texts, negative, zero or positive: equal bytes are equal texts, and texts
    /// that differ are compared as Swift compares them (equal when canonically equivalent).
    private static func order(_ a: String, _ b: String) -> Int {
        if compareBytes(a, b) == 0 { return 0 }
        return a < b ? -1 : (b < a ? 1 : 0)
    }

    /// Whether `text` is in NFC whatever text it is compared with: every scalar one that Unicode
    /// normalisation leaves alone (no decomposition, combining class 0, never composed with a neighbour).
    static func isPlain(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x80 {
            // Not all ASCII: look at the scalars.
            return text.unicodeScalars.allSatisfy { isPlain($0.value) }
        }
        return true
    }

    /// Whether normalisation leaves the scalar `value` alone in any text made only of such scalars.
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F, 0xB7: true                          // ASCII, middle dot ·
        case 0x2010...0x2027: true                            // dashes, quotes, ellipsis …
        case 0x3000...0x3029, 0x3030...0x303F: true           // CJK punctuation, without the tone marks 〪–〯
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: true           // CJK ideographs (not the compatibility ones)
        case 0xFF01...0xFFEF: true                            // full-width and half-width forms
        default: false
        }
    }

    /// The order of two texts' UTF-8 bytes: negative, zero or positive, as `memcmp` and then length.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        if let order = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in compare(x, y) }
        }), let order {
            return order
        }
        if a.utf8.elementsEqual(b.utf8) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// The order of two byte buffers, as `memcmp` and then length.
    private static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let count = min(x.count, y.count)
        if count > 0, let a = x.baseAddress, let b = y.baseAddress {
            let order = memcmp(a, b, count)
            if order != 0 { return Int(order) }
        }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }
}

/// A map from feature hashes to weight rows, by open addressing.
///
/// Feature hashes are already well mixed (`FeatureHash`), so a slot is the hash's low bits and a
/// collision goes to the next slot; the table is kept at most half full. A look-up is one or two
/// array reads, several times faster than `Dictionary`, which hashes its keys again; the tagger
/// makes 22 of them per character.
struct FeatureTable: Sendable {
    private var keys: [UInt32]
    private var rows: [Int32]
    private let mask: Int
    /// How many features the table holds.
    private(set) var count = 0

    /// A table for up to `capacity` features.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt32](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Adds `hash` with `row`; a hash already present keeps its first row.
    mutating func insert(_ hash: UInt32, row: Int32) {
        var slot = Int(hash) & mask
        while rows[slot] >= 0 {
            if keys[slot] == hash { return }
            slot = (slot + 1) & mask
        }
        keys[slot] = hash
        rows[slot] = row
        count += 1
    }

    /// The row of `hash`, or -1.
    @inline(__always)
    func row(_ hash: UInt32) -> Int32 {
        keys.withUnsafeBufferPointer { k in
            rows.withUnsafeBufferPointer { r in
                var slot = Int(hash) & mask
                while r[slot] >= 0 {
                    if k[slot] == hash { return r[slot] }
                    slot = (slot + 1) & mask
                }
                return -1
            }
        }
    }
}

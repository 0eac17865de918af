/// A deterministic 32-bit hash of a feature template and its values.
///
/// Swift's own `Hasher` is seeded per process, so trained weights keyed by it would not load in
/// another run; this one (FNV-1a over 32-bit words, finished by a murmur mix) is the same
/// everywhere. Example: `FeatureHash(template: 3).adding(0x97E9).value`.
public struct FeatureHash: Sendable {
    public private(set) var state: UInt64

    public init(template: UInt32) {
        state = 0xcbf29ce484222325
        add(template)
    }

    public mutating func add(_ value: UInt32) {
        state = (state ^ UInt64(value)) &* 0x100000001b3
    }

    public func adding(_ value: UInt32) -> FeatureHash {
        var copy = self
        copy.add(value)
        return copy
    }

    /// The finished 32-bit value.
    public var value: UInt32 {
        var h = state
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }
}

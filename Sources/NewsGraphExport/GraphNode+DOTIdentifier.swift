import Foundation

extension GraphNode {
    /// The node's identifier in DOT: `n_` and the 16 hex digits of the FNV-1a 64-bit hash of
    /// the id's UTF-8 bytes (in Unicode normalisation form C, so ids that Swift considers
    /// equal always get the same identifier).
    ///
    /// The identifier is plain ASCII, needs no quoting, and is the same on every machine and
    /// run (Swift's `hashValue` is seeded per process and is not used).
    public var dotIdentifier: String { Self.dotIdentifier(for: id) }

    /// The DOT identifier for a node id; see `dotIdentifier`.
    ///
    /// ```swift
    /// GraphNode.dotIdentifier(for: "")  // "n_cbf29ce484222325"
    /// ```
    public static func dotIdentifier(for id: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Text that normalisation leaves alone is hashed as it is, without Foundation normalising it.
        for byte in (IdOrder.isPlain(id) ? id : id.precomposedStringWithCanonicalMapping).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "n_" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension DOTWriter {
    /// The DOT identifiers of a view's nodes by id, for its edges' ends: each hashed once, looked up by
    /// the id's bytes (hashing a Chinese `String` key normalises it first, which costs more than the
    /// look-up; a whole graph has tens of thousands of edge ends).
    ///
    /// An end spelt otherwise than its node's id yet equal to it as Swift compares strings (canonically
    /// equivalent) is still found, through the ids themselves.
    struct Identifiers {
        /// A node id compared and hashed byte for byte.
        private struct Bytes: Hashable {
            var id: String

            func hash(into hasher: inout Hasher) {
                var id = id
                id.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }

            static func == (a: Bytes, b: Bytes) -> Bool { IdOrder.compareBytes(a.id, b.id) == 0 }
        }

        private var byBytes: [Bytes: String] = [:]
        /// The ids, searched only for an end not found by its bytes (no Chinese id is hashed as a `String`).
        private let ids: [String]

        /// The identifiers of `nodes` (one per id, as `uniqueSortedNodes` leaves them); `identifiers`,
        /// when given, are theirs in the same order (hashed already).
        init(_ nodes: [GraphNode], identifiers: [String]? = nil) {
            byBytes.reserveCapacity(nodes.count)
            for (index, node) in nodes.enumerated() { byBytes[Bytes(id: node.id)] = identifiers?[index] ?? node.dotIdentifier }
            ids = nodes.map(\.id)
        }

        /// The last id looked up through `identifier(ofTail:)` and its identifier.
        private var lastTail: (id: String, identifier: String?)?

        /// The identifier of the node `id`, or nil when the view holds no such node.
        func identifier(of id: String) -> String? {
            if let found = byBytes[Bytes(id: id)] { return found }
            return ids.contains(where: { $0 == id }) ? GraphNode.dotIdentifier(for: id) : nil
        }

        /// `identifier(of:)` for edges' tails taken in order: edges sorted by their tail ask for one
        /// tail many times running, which is then looked up once (its bytes compared, not hashed).
        mutating func identifier(ofTail id: String) -> String? {
            if let lastTail, IdOrder.compareBytes(lastTail.id, id) == 0 { return lastTail.identifier }
            let found = identifier(of: id)
            lastTail = (id, found)
            return found
        }
    }
}

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

            static func == (a: Bytes, b: Bytes) -> Bool { a.id.utf8.elementsEqual(b.id.utf8) }
        }

        private var byBytes: [Bytes: String] = [:]
        private let ids: Set<String>

        /// The identifiers of `nodes` (one per id, as `uniqueSortedNodes` leaves them).
        init(_ nodes: [GraphNode]) {
            byBytes.reserveCapacity(nodes.count)
            for node in nodes { byBytes[Bytes(id: node.id)] = node.dotIdentifier }
            ids = Set(nodes.map(\.id))
        }

        /// The identifier of the node `id`, or nil when the view holds no such node.
        func identifier(of id: String) -> String? {
            if let found = byBytes[Bytes(id: id)] { return found }
            return ids.contains(id) ? GraphNode.dotIdentifier(for: id) : nil
        }
    }
}

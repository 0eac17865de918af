import NewsGraphModel

extension GraphView {
    /// The nodes and edges as every export writes them: nodes in id order (the first of nodes
    /// sharing an id kept, as the DOT writer keeps it), edges in the DOT writer's order (from,
    /// to, kind, ordinal, label), then by date, article and evidence; with each node's key.
    ///
    /// So GraphML, GEXF, Neo4j and CSV list what the DOT drawing shows, node for node and edge
    /// for edge, in an order that depends on nothing but the view.
    ///
    /// - Throws: `NewsGraphError(.invalidArgument)` when an edge names a node the view does not
    ///   hold, or two nodes share a key.
    public func exportContents() throws -> (nodes: [GraphNode], edges: [GraphEdge], keys: [String: String]) {
        var nodes: [GraphNode] = []
        var keys: [String: String] = [:]
        var owners: [String: String] = [:]
        for node in self.nodes.sorted(by: { ($0.id, $0.key) < ($1.id, $1.key) }) where keys[node.id] == nil {
            if let owner = owners[node.key] {
                throw NewsGraphError(.invalidArgument,
                                     "nodes \(owner) and \(node.id) of the view \"\(title)\" share the key \(node.key)")
            }
            owners[node.key] = node.id
            keys[node.id] = node.key
            nodes.append(node)
        }
        for edge in edges {
            for end in [edge.from, edge.to] where keys[end] == nil {
                throw NewsGraphError(.invalidArgument,
                                     "edge \(edge.from) → \(edge.to) (\(edge.kind.rawValue)) names node \(end), which the view \"\(title)\" does not hold")
            }
        }
        func order(_ e: GraphEdge) -> (String, String, String, Int, Int, String) {
            (e.from, e.to, e.kind.rawValue, e.ordinal == nil ? 0 : 1, e.ordinal ?? 0, e.label)
        }
        let sortedEdges = edges.sorted { a, b in
            if order(a) != order(b) { return order(a) < order(b) }
            return (a.date ?? "", a.article ?? "", a.evidence ?? "") < (b.date ?? "", b.article ?? "", b.evidence ?? "")
        }
        return (nodes, sortedEdges, keys)
    }
}

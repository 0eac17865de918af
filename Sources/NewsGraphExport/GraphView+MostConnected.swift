extension GraphView {
    /// The view cut down to its `limit` most connected nodes, and how many nodes were left out.
    ///
    /// A node's connection count is the number of edges that touch it; ties go to the node whose id
    /// sorts first, so the same view and limit always keep the same nodes. Edges are kept when both
    /// their ends are, and a chosen node left without an edge is left out too (so fewer than `limit`
    /// may remain). The title says what was kept (`· 前 150 / 1716 个实体`); a view of at most
    /// `limit` nodes is returned as it is, with 0 left out. The layout hint is kept, so a large
    /// view is still drawn force-directed.
    public func keepingMostConnected(_ limit: Int) -> (view: GraphView, leftOut: Int) {
        let ids = Set(nodes.map(\.id))
        guard ids.count > limit else { return (self, 0) }
        var degree: [String: Int] = [:]
        for edge in edges {
            degree[edge.from, default: 0] += 1
            if edge.to != edge.from { degree[edge.to, default: 0] += 1 }
        }
        let ranked = ids.sorted { a, b in
            let (da, db) = (degree[a] ?? 0, degree[b] ?? 0)
            return da != db ? da > db : a < b
        }
        let chosen = Set(ranked.prefix(max(0, limit)))
        var cut = self
        cut.edges = edges.filter { chosen.contains($0.from) && chosen.contains($0.to) }
        // A node whose every edge led out of the cut would float alone: it is left out too.
        let linked = Set(cut.edges.flatMap { [$0.from, $0.to] })
        let kept = edges.isEmpty ? chosen : chosen.filter(linked.contains)
        cut.nodes = nodes.filter { kept.contains($0.id) }
        cut.title = title + " · 前 \(kept.count) / \(ids.count) 个实体"
        return (cut, ids.count - kept.count)
    }
}

extension DOTWriter {
    /// The node statements of a drawing, those with a `GraphNode.cluster` inside one
    /// `subgraph cluster_gNNNN` per cluster when `framed` (not on a timeline, whose ranks clusters
    /// would break).
    ///
    /// Unclustered nodes come first in the order given, then the clusters sorted by name, each
    /// labelled with its name in a light rounded frame, its nodes in the order given; so the same
    /// nodes give the same lines. `identifiers`, when given, are the nodes' DOT identifiers in their
    /// order (hashed already).
    func nodeLines(_ nodes: [GraphNode], framed: Bool, identifiers: [String]? = nil) -> [String] {
        func line(_ index: Int, indent: String) -> String {
            let node = nodes[index]
            let label = node.subtitle.map { node.label + "\n" + $0 } ?? node.label
            return indent + "\(identifiers?[index] ?? node.dotIdentifier) [\(nodeAttributes(label: label, style: .style(for: node.kind)))];"
        }
        guard framed else { return nodes.indices.map { line($0, indent: "  ") } }
        var lines = nodes.indices.filter { nodes[$0].cluster == nil }.map { line($0, indent: "  ") }
        var members: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() { if let cluster = node.cluster { members[cluster, default: []].append(index) } }
        for (index, name) in members.keys.sorted().enumerated() {
            lines.append("  subgraph cluster_g\(GraphViewAssembly.padded(index)) {")
            lines.append("    label=\(Self.quoted(name)); style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#bbbbbb\"; fontsize=14;")
            lines += (members[name] ?? []).map { line($0, indent: "    ") }
            lines.append("  }")
        }
        return lines
    }
}

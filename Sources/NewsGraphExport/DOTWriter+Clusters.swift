extension DOTWriter {
    /// The node statements of a drawing, those with a `GraphNode.cluster` inside one
    /// `subgraph cluster_gNNNN` per cluster when `framed` (not on a timeline, whose ranks clusters
    /// would break).
    ///
    /// Unclustered nodes come first in the order given, then the clusters sorted by name, each
    /// labelled with its name in a light rounded frame, its nodes in the order given; so the same
    /// nodes give the same lines.
    func nodeLines(_ nodes: [GraphNode], framed: Bool) -> [String] {
        func line(_ node: GraphNode, indent: String) -> String {
            let label = node.subtitle.map { node.label + "\n" + $0 } ?? node.label
            return indent + "\(node.dotIdentifier) [\(nodeAttributes(label: label, style: .style(for: node.kind)))];"
        }
        guard framed else { return nodes.map { line($0, indent: "  ") } }
        var lines = nodes.filter { $0.cluster == nil }.map { line($0, indent: "  ") }
        var members: [String: [GraphNode]] = [:]
        for node in nodes { if let cluster = node.cluster { members[cluster, default: []].append(node) } }
        for (index, name) in members.keys.sorted().enumerated() {
            lines.append("  subgraph cluster_g\(GraphViewAssembly.padded(index)) {")
            lines.append("    label=\(Self.quoted(name)); style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#bbbbbb\"; fontsize=14;")
            lines += (members[name] ?? []).map { line($0, indent: "    ") }
            lines.append("  }")
        }
        return lines
    }
}

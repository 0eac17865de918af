import NewsGraphModel

/// Writes a `GraphView` as GraphML, for Gephi, Cytoscape, yEd, networkx and igraph.
///
/// The document declares its data with `<key>` elements — for nodes `kind`, `key` (the stable
/// key, also the node's `id`), `label`, `detail`, `date`, `first_seen`, `last_seen`; for edges
/// `kind` (the relation), `role`, `label`, `ordinal` (`int`, from 0), `date`, `article` (the
/// printing article's key) and `evidence` — and a directed `<graph>` with the view's title.
/// A value that is absent is left out, as GraphML allows.
///
/// Nodes and edges come in the order of `GraphView.exportContents()` (edges numbered `e0`, `e1`
/// … in that order), every text is escaped by `XMLEscaping`, so the same view gives the same
/// bytes, and the document holds exactly the nodes and edges of the DOT drawing.
///
/// ```swift
/// let graphml = try GraphMLWriter().write(view)
/// // networkx: nx.read_graphml("meeting.graphml")
/// ```
public struct GraphMLWriter: Hashable, Sendable {
    /// A `<key>` declaration: what it is for, its name and GraphML type.
    struct Key {
        var domain: String
        var name: String
        var type: String

        /// The key's id: `n_` or `e_` and its name (`n_kind`, `e_date`).
        var id: String { (domain == "node" ? "n_" : "e_") + name }
    }

    static let nodeKeys = ["kind", "key", "label", "detail", "date", "first_seen", "last_seen"]
        .map { Key(domain: "node", name: $0, type: "string") }
    static let edgeKeys = ["kind", "role", "label", "ordinal", "date", "article", "evidence"]
        .map { Key(domain: "edge", name: $0, type: $0 == "ordinal" ? "int" : "string") }

    public init() {}

    /// The GraphML document for `view`, ending in a line break.
    ///
    /// - Throws: `NewsGraphError(.invalidArgument)` for an edge to a node the view lacks, or
    ///   two nodes sharing a key.
    public func write(_ view: GraphView) throws -> String {
        let (nodes, edges, keys) = try view.exportContents()
        let spans = view.dateSpans()
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
            #"  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>"#,
        ]
        for key in Self.nodeKeys + Self.edgeKeys {
            lines.append("  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>")
        }
        lines.append(#"  <graph id="newsgraph" edgedefault="directed">"#)
        lines.append("    <data key=\"g_title\">\(XMLEscaping.escaped(view.title))</data>")
        for node in nodes {
            lines.append("    <node id=\"\(XMLEscaping.escaped(node.key))\">")
            let values: [String?] = [node.kind.rawValue, node.key, node.label, node.subtitle, node.date,
                                     spans[node.id]?.first, spans[node.id]?.last]
            for (key, value) in zip(Self.nodeKeys, values) {
                if let value { lines.append("      <data key=\"\(key.id)\">\(XMLEscaping.escaped(value))</data>") }
            }
            lines.append("    </node>")
        }
        for (index, edge) in edges.enumerated() {
            lines.append("    <edge id=\"e\(index)\" source=\"\(XMLEscaping.escaped(keys[edge.from]!))\""
                         + " target=\"\(XMLEscaping.escaped(keys[edge.to]!))\">")
            let role = RelationKind.meetingRoles.contains(edge.kind) ? edge.kind.rawValue : nil
            let values: [String?] = [edge.kind.rawValue, role, edge.label.isEmpty ? nil : edge.label,
                                     edge.ordinal.map(String.init), edge.date, edge.article, edge.evidence]
            for (key, value) in zip(Self.edgeKeys, values) {
                if let value { lines.append("      <data key=\"\(key.id)\">\(XMLEscaping.escaped(value))</data>") }
            }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }
}

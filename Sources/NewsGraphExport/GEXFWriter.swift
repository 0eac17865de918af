import NewsGraphModel

/// Writes a `GraphView` as GEXF 1.3, Gephi's own format, with a timeline.
///
/// Each node has its stable key as `id`, its name as `label`, and the attributes `kind`, `key`,
/// `detail`, `date`, `first_seen` and `last_seen`; each edge its Chinese name as `label` and
/// the attributes `kind` (the relation), `role`, `ordinal` (`integer`, from 0), `date`,
/// `article` (the printing article's key) and `evidence`. The graph is `mode="dynamic"` with
/// `timeformat="date"`: a node lives from the first to the last full date it is seen on in the
/// view (`GraphView.dateSpans()`), an edge on its day, so Gephi's timeline plays the graph
/// issue by issue; nodes and edges without a full date have no interval and are always shown.
///
/// Nodes and edges come in the order of `GraphView.exportContents()` (edges numbered in that
/// order), every text is escaped by `XMLEscaping`, and nothing depends on the clock (no
/// `lastmodifieddate`), so the same view gives the same bytes; the document holds exactly the
/// nodes and edges of the DOT drawing.
///
/// ```swift
/// let gexf = try GEXFWriter().write(view)
/// // Gephi: File ▸ Open; networkx: nx.read_gexf("meeting.gexf", version="1.3")
/// ```
public struct GEXFWriter: Hashable, Sendable {
    /// An attribute declaration: its id (and title) and GEXF type.
    struct Attribute {
        var id: String
        var type: String
    }

    static let nodeAttributes = ["kind", "key", "detail", "date", "first_seen", "last_seen"].map { Attribute(id: $0, type: "string") }
    static let edgeAttributes = ["kind", "role", "ordinal", "date", "article", "evidence"]
        .map { Attribute(id: $0, type: $0 == "ordinal" ? "integer" : "string") }

    public init() {}

    /// The GEXF document for `view`, ending in a line break.
    ///
    /// - Throws: `NewsGraphError(.invalidArgument)` for an edge to a node the view lacks, or
    ///   two nodes sharing a key.
    public func write(_ view: GraphView) throws -> String {
        let (nodes, edges, keys) = try view.exportContents()
        let spans = view.dateSpans()
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
            "  <meta>",
            "    <creator>NewsGraph</creator>",
            "    <description>\(XMLEscaping.escaped(view.title))</description>",
            "  </meta>",
            #"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#,
        ]
        for (domain, attributes) in [("node", Self.nodeAttributes), ("edge", Self.edgeAttributes)] {
            lines.append("    <attributes class=\"\(domain)\" mode=\"static\">")
            for attribute in attributes {
                lines.append("      <attribute id=\"\(attribute.id)\" title=\"\(attribute.id)\" type=\"\(attribute.type)\"/>")
            }
            lines.append("    </attributes>")
        }
        lines.append("    <nodes>")
        for node in nodes {
            let values: [String?] = [node.kind.rawValue, node.key, node.subtitle, node.date,
                                     spans[node.id]?.first, spans[node.id]?.last]
            lines.append("      <node id=\"\(XMLEscaping.escaped(node.key))\" label=\"\(XMLEscaping.escaped(node.label))\""
                         + Self.interval(spans[node.id]) + ">")
            lines += Self.attributeValues(zip(Self.nodeAttributes, values))
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for (index, edge) in edges.enumerated() {
            let role = RelationKind.meetingRoles.contains(edge.kind) ? edge.kind.rawValue : nil
            let values: [String?] = [edge.kind.rawValue, role, edge.ordinal.map(String.init), edge.date, edge.article,
                                     edge.evidence]
            let day = GraphView.isFullDate(edge.date) ? edge.date.map { ($0, $0) } : nil
            lines.append("      <edge id=\"\(index)\" source=\"\(XMLEscaping.escaped(keys[edge.from]!))\""
                         + " target=\"\(XMLEscaping.escaped(keys[edge.to]!))\""
                         + (edge.label.isEmpty ? "" : " label=\"\(XMLEscaping.escaped(edge.label))\"")
                         + Self.interval(day) + ">")
            lines += Self.attributeValues(zip(Self.edgeAttributes, values))
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` start="…" end="…"` for a span of full dates, or nothing.
    static func interval(_ span: (first: String, last: String)?) -> String {
        guard let span else { return "" }
        return " start=\"\(span.first)\" end=\"\(span.last)\""
    }

    /// The `<attvalues>` block of the values that are present, or nothing when none is.
    static func attributeValues(_ pairs: Zip2Sequence<[Attribute], [String?]>) -> [String] {
        let present = pairs.compactMap { attribute, value in value.map { (attribute.id, $0) } }
        guard !present.isEmpty else { return [] }
        return ["        <attvalues>"]
            + present.map { "          <attvalue for=\"\($0.0)\" value=\"\(XMLEscaping.escaped($0.1))\"/>" }
            + ["        </attvalues>"]
    }
}

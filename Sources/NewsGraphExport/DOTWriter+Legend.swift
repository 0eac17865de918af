import NewsGraphModel

extension DOTWriter {
    /// The lines of the legend cluster for the node and edge kinds a view uses.
    ///
    /// The legend is a `subgraph cluster_legend` with one sample node per entity kind present
    /// and one sample edge (from the relation's name to a point) per relation kind present,
    /// both in the order the kinds are declared. Nothing is returned when no kind is present.
    ///
    /// `sfdp` and `neato` ignore clusters and would scatter the samples over the drawing, so for it the
    /// cluster holds a single node whose HTML-like table shows each node kind's colours and
    /// each relation's line (`━━━━` bold, `────` solid, `┄┄┄┄` dashed, `····` dotted); so does a
    /// dense `dot` drawing (`asTable`), where the table takes one node's room instead of a column's.
    func legendLines(nodeKinds: Set<EntityKind>, edgeKinds: Set<RelationKind>, engine: DOTLayoutEngine,
                     asTable: Bool = false) -> [String] {
        guard !nodeKinds.isEmpty || !edgeKinds.isEmpty else { return [] }
        if engine != .dot || asTable { return tableLegendLines(nodeKinds: nodeKinds, edgeKinds: edgeKinds) }
        var lines: [String] = []
        lines.append("  subgraph cluster_legend {")
        lines.append("    label=\(Self.quoted("图例 Legend"));")
        lines.append("    style=\"rounded,dashed\";")
        lines.append("    color=\"#999999\";")
        lines.append("    fontsize=12;")
        for kind in EntityKind.allCases where nodeKinds.contains(kind) {
            let style = DOTNodeStyle.style(for: kind)
            lines.append("    legend_node_\(kind.rawValue) [\(nodeAttributes(label: style.legendLabel, style: style))];")
        }
        for kind in RelationKind.allCases where edgeKinds.contains(kind) {
            let style = DOTEdgeStyle.style(for: kind)
            let tail = "legend_edge_\(kind.rawValue)_tail"
            let head = "legend_edge_\(kind.rawValue)_head"
            // The name sits in the tail node rather than on the edge: edge labels become extra
            // rank nodes in `dot` and would skew the sample lines.
            lines.append("    \(tail) [label=\(Self.quoted(style.legendLabel)), shape=plaintext, style=solid];")
            lines.append("    \(head) [label=\"\", shape=point, width=0.05, style=filled, color=\"#999999\"];")
            lines.append("    \(tail) -> \(head) [weight=20, \(edgeStyleAttributes(style))];")
        }
        lines.append("  }")
        return lines
    }

    /// The legend as one node with an HTML-like table, for layouts that ignore clusters.
    private func tableLegendLines(nodeKinds: Set<EntityKind>, edgeKinds: Set<RelationKind>) -> [String] {
        var rows: [String] = ["<TR><TD COLSPAN=\"2\">图例 Legend</TD></TR>"]
        for kind in EntityKind.allCases where nodeKinds.contains(kind) {
            let style = DOTNodeStyle.style(for: kind)
            rows.append("<TR><TD COLSPAN=\"2\" BORDER=\"1\" BGCOLOR=\"\(style.fillColor)\" COLOR=\"\(style.borderColor)\">"
                        + Self.htmlEscaped(style.legendLabel) + "</TD></TR>")
        }
        for kind in RelationKind.allCases where edgeKinds.contains(kind) {
            let style = DOTEdgeStyle.style(for: kind)
            let stroke: String
            switch style.lineStyle {
            case "bold": stroke = "━━━━"
            case "dashed": stroke = "┄┄┄┄"
            case "dotted": stroke = "····"
            default: stroke = "────"
            }
            rows.append("<TR><TD><FONT COLOR=\"\(style.color)\">\(stroke)</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(style.color)\">\(Self.htmlEscaped(style.legendLabel))</FONT></TD></TR>")
        }
        let table = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\" COLOR=\"#999999\" BGCOLOR=\"white\">"
            + rows.joined() + "</TABLE>"
        return [
            "  subgraph cluster_legend {",
            // `dot` draws the cluster, with the graph's label unless it has its own.
            "    label=\"\"; peripheries=0;",
            "    legend_table [shape=plaintext, style=solid, margin=0, label=<\(table)>];",
            "  }",
        ]
    }
}

import NewsGraphModel

/// Renders a `GraphView` as a Graphviz DOT document.
///
/// The output is deterministic: nodes are written sorted by id and edges by
/// (from, to, kind, ordinal, label), one line per pair of nodes, node identifiers are hashes of the ids
/// (`GraphNode.dotIdentifier`), and no attribute depends on the machine, so the same view
/// gives byte-identical DOT whatever order its nodes and edges were added in.
///
/// Nodes are drawn by kind (`DOTNodeStyle`), edges by relation (`DOTEdgeStyle`), and a
/// legend (`subgraph cluster_legend`) lists the kinds present (as a table for `sfdp`).
/// Every text is written with `fontname` set to a CJK font list and `charset="UTF-8"`.
///
/// The layout depends on the view's size and hint:
/// - up to `largeViewNodeLimit` nodes: `layout=dot`, `rankdir=LR` (`TB` for `.rankedTopDown`)
///   and `splines=line`. Graphviz's default spline routing, and `splines=ortho`, stall for
///   minutes on a few hundred labelled edges, so straight lines are used; above
///   `boundedEffortThreshold` nodes plus edges `nslimit`/`nslimit1`/`mclimit` bound the
///   network-simplex and crossing-minimisation passes, which otherwise dominate.
/// - `.timeline`: as above, plus a date axis: each distinct `GraphNode.rank` becomes a
///   `rank=same` group, groups chained left to right in string (ISO date) order.
/// - `.large`, or more than `largeViewNodeLimit` nodes: `layout=sfdp`, `overlap=prism`,
///   `splines=line`, `outputorder=edgesfirst`, edges unlabelled (the legend tells them apart).
///
/// - a dense ranked drawing (`isDense`) is kept compact: edge labels are `xlabel`s, `nodesep` is
///   halved and the legend is one table node.
/// - edges between one pair of nodes are drawn as one line (`mergingParallel`): `主持 · 讲话`, not
///   two lines on top of each other.
/// - in `dot`, `任职` and `隶属` edges are written head to tail with `dir=back`, so posts and
///   organisations are ranked before their holders and people sit between them and their meetings.
///
/// - nodes with a `GraphNode.cluster` are framed together (`subgraph cluster_…`, see
///   `nodeLines`); a large view with clusters is ranked with `dot` when it holds at most
///   `largeViewNodeLimit` nodes (cut down by `--max-nodes`), else laid out with `fdp`, which keeps
///   clusters, unlabelled. (`fdp` lays the same DOT out the same, but its PNGs differ run to run.)
///
/// `layout` overrides that choice (`neato` is drawn like `sfdp` but keeps its edge labels),
/// `size` caps the drawing's size, and `includesLegend` false leaves the legend out; unset,
/// they change no byte of the output.
///
/// ```swift
/// let dot = try DOTWriter(fontName: "WenQuanYi Micro Hei").write(view)
/// ```
public struct DOTWriter: Hashable, Sendable {
    /// The font every label is set in; Graphviz asks fontconfig for it by name.
    public var fontName: String
    /// Fonts tried after `fontName`, written into the same `fontname` as a comma list
    /// (Pango and SVG viewers both read it as a fallback list).
    public var fallbackFontNames: [String]
    /// Views with more nodes than this are laid out with `sfdp`.
    public var largeViewNodeLimit: Int
    /// Ranked views with more nodes plus edges than this get bounded layout effort.
    public var boundedEffortThreshold: Int
    /// Whether to draw the legend.
    public var includesLegend: Bool
    /// The layout engine asked for; nil chooses by the view's size and hint (see `layoutEngine(for:)`).
    public var layout: DOTLayoutEngine?
    /// The largest drawing (`size`); nil leaves the drawing at its natural size.
    public var size: DOTSize?

    public init(fontName: String = "Noto Sans CJK SC", fallbackFontNames: [String] = ["WenQuanYi Micro Hei"],
                largeViewNodeLimit: Int = 150, boundedEffortThreshold: Int = 60, includesLegend: Bool = true,
                layout: DOTLayoutEngine? = nil, size: DOTSize? = nil) {
        self.fontName = fontName
        self.fallbackFontNames = fallbackFontNames
        self.largeViewNodeLimit = largeViewNodeLimit
        self.boundedEffortThreshold = boundedEffortThreshold
        self.includesLegend = includesLegend
        self.layout = layout
        self.size = size
    }

    /// The `fontname` value: `fontName` then the fallbacks, without repeats.
    public var fontList: String {
        var seen: Set<String> = []
        return ([fontName] + fallbackFontNames).filter { !$0.isEmpty && seen.insert($0).inserted }.joined(separator: ",")
    }

    /// The layout engine `write` uses for a view: `layout` when set, else `sfdp` for a large view
    /// (with clusters: `dot` up to `largeViewNodeLimit` nodes, `fdp` above) and `dot` for the others.
    public func layoutEngine(for view: GraphView) -> DOTLayoutEngine {
        if let layout { return layout }
        guard isLarge(view) else { return .dot }
        guard view.nodes.contains(where: { $0.cluster != nil }) else { return .sfdp }
        // A cut-down view (`--max-nodes`) of few enough nodes is ranked in its clusters; more take `fdp`.
        return view.nodes.count > largeViewNodeLimit ? .fdp : .dot
    }

    /// Whether a view is large: hinted so, or of more than `largeViewNodeLimit` nodes.
    func isLarge(_ view: GraphView) -> Bool {
        view.layoutHint == .large || view.nodes.count > largeViewNodeLimit
    }

    /// The DOT document for a view.
    ///
    /// Nodes sharing an id are merged (the first in sorted order is kept).
    /// - Throws: `NewsGraphError(.invalidArgument)` when an edge names a node id the view
    ///   does not hold, or when two ids hash to the same DOT identifier.
    public func write(_ view: GraphView) throws -> String {
        let (nodes, nodeIdentifiers) = try Self.uniqueSortedNodes(view.nodes)
        // Each node's DOT identifier, hashed once rather than once per edge end.
        var identifiers = Identifiers(nodes, identifiers: nodeIdentifiers)
        for edge in view.edges {
            // The tail first, then the head, as an error names the first missing end.
            let missing = identifiers.identifier(ofTail: edge.from) == nil ? edge.from
                : identifiers.identifier(of: edge.to) == nil ? edge.to : nil
            if let end = missing {
                throw NewsGraphError(.invalidArgument,
                                     "edge \(edge.from) → \(edge.to) (\(edge.kind.rawValue)) names node \(end), which the view \"\(view.title)\" does not hold")
            }
        }
        // A view's edges come sorted (`GraphViewAssembly.view`): they are then only checked.
        let edges = IdOrder.ordered(view.edges, by: { (edge: GraphEdge) in (edge.from, edge.to) }, then: Self.edgeOrderAfterEnds)
        let engine = layoutEngine(for: view)
        let timeline = engine == .dot && view.layoutHint == .timeline
        let dense = isDense(view, engine: engine)
        let fonts = Self.quoted(fontList)

        var lines: [String] = ["digraph newsgraph {"]
        var graph = ["charset=\"UTF-8\"", "label=\(Self.quoted(view.title))", "labelloc=t", "fontname=\(fonts)",
                     "fontsize=16", "bgcolor=white", "pad=0.2"]
        switch engine {
        case .dot:
            graph += ["layout=dot", "rankdir=\(view.layoutHint == .rankedTopDown ? "TB" : "LR")", "splines=line",
                      "newrank=true", "nodesep=\(dense ? "0.12" : "0.25")", "ranksep=0.5"]
            if view.nodes.count + view.edges.count > boundedEffortThreshold {
                graph += ["nslimit=1", "nslimit1=1", "mclimit=0.5"]
            }
        case .sfdp, .neato, .fdp:
            graph += ["layout=\(engine.rawValue)", "overlap=prism", "splines=line", "outputorder=edgesfirst"]
        }
        if let size { graph.append("size=\(Self.quoted(size.attributeValue))") }
        lines.append("  graph [\(graph.joined(separator: ", "))];")
        lines.append("  node [fontname=\(fonts), fontsize=12, style=filled, penwidth=1.2];")
        lines.append("  edge [fontname=\(fonts), fontsize=10, arrowsize=0.7];")

        if includesLegend {
            lines += legendLines(nodeKinds: Set(nodes.map(\.kind)), edgeKinds: Set(edges.map(\.kind)), engine: engine,
                                 asTable: dense)
        }

        lines += nodeLines(nodes, framed: !timeline, identifiers: nodeIdentifiers)

        var rankOf: [String: String] = [:]
        if timeline {
            lines += timelineLines(nodes: nodes, rankOf: &rankOf)
        }

        /// The attributes of an edge by kind and label, made once each.
        struct Drawn: Hashable {
            var kind: RelationKind
            var label: String
        }
        var attributesOf: [Drawn: String] = [:]
        // The edge statements are written into one text (tens of thousands for a whole graph), each ended by
        // a line feed, after the lines before them joined.
        var text = lines.joined(separator: "\n") + "\n"
        text.reserveCapacity(text.utf8.count + edges.count * 160)
        for (edge, labels) in Self.mergingParallel(edges) {
            // A large force-directed drawing leaves edges unlabelled: the legend tells the relations apart.
            let label = engine == .sfdp || (engine == .fdp && isLarge(view)) ? "" : labels.joined(separator: " · ")
            let drawn = Drawn(kind: edge.kind, label: label)
            var attributes: String
            if let known = attributesOf[drawn] {
                attributes = known
            } else {
                attributes = edgeAttributes(label: label, style: .style(for: edge.kind), external: dense)
                attributesOf[drawn] = attributes
            }
            if !rankOf.isEmpty, rankOf[edge.from] != nil, rankOf[edge.to] != nil {
                // Both ends sit on the date axis already; the edge must not move them.
                attributes += ", constraint=false"
            }
            var (tail, head) = (identifiers.identifier(ofTail: edge.from)!, identifiers.identifier(of: edge.to)!)
            if engine == .dot, Self.isDrawnBackwards(edge.kind) {
                // A post or organisation is ranked before its holder, the holder between it and the meetings.
                (tail, head) = (head, tail)
                attributes += ", dir=back, arrowtail=\(DOTEdgeStyle.style(for: edge.kind).arrowHead)"
            }
            text += "  "
            text += tail
            text += " -> "
            text += head
            text += " ["
            text += attributes
            text += "];\n"
        }
        text += "}\n"
        return text
    }

    /// The attribute list of a node with a given label and style.
    func nodeAttributes(label: String, style: DOTNodeStyle) -> String {
        "label=\(Self.quoted(label)), shape=\(style.shape), fillcolor=\(Self.quoted(style.fillColor)), color=\(Self.quoted(style.borderColor))"
    }

    /// The attribute list of an edge with a given label and style; an `external` label is an
    /// `xlabel`, placed by the edge after the layout instead of ranked as a node of its own.
    func edgeAttributes(label: String, style: DOTEdgeStyle, external: Bool = false) -> String {
        "\(external && !label.isEmpty ? "xlabel" : "label")=\(Self.quoted(label)), \(edgeStyleAttributes(style)), fontcolor=\(Self.quoted(style.color))"
    }

    /// The line attributes of an edge style: style, colour, width and arrow head.
    func edgeStyleAttributes(_ style: DOTEdgeStyle) -> String {
        "style=\(style.lineStyle), color=\(Self.quoted(style.color)), penwidth=\(Self.number(style.penWidth)), arrowhead=\(style.arrowHead)"
    }

    /// The date axis of a timeline: one plain-text node per rank, chained in order, and one
    /// `rank=same` group per rank holding its axis node and the view's nodes of that rank.
    private func timelineLines(nodes: [GraphNode], rankOf: inout [String: String]) -> [String] {
        var members: [String: [GraphNode]] = [:]
        for node in nodes {
            guard let rank = node.rank else { continue }
            members[rank, default: []].append(node)
            rankOf[node.id] = rank
        }
        let ranks = members.keys.sorted()
        guard !ranks.isEmpty else { return [] }
        let axis = ranks.indices.map { index -> String in
            let digits = String(index)
            return "t_" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }
        var lines: [String] = []
        for (index, rank) in ranks.enumerated() {
            lines.append("  \(axis[index]) [label=\(Self.quoted(rank)), shape=plaintext, style=solid, fontcolor=\"#434343\"];")
        }
        for index in axis.indices.dropLast() {
            lines.append("  \(axis[index]) -> \(axis[index + 1]) [color=\"#999999\", penwidth=1.5, arrowhead=vee];")
        }
        for (index, rank) in ranks.enumerated() {
            let ids = members[rank, default: []].map(\.dotIdentifier).joined(separator: "; ")
            lines.append("  { rank=same; \(axis[index]); \(ids); }")
        }
        return lines
    }

    /// Nodes sorted by id (then by their other fields), one per id, with their DOT identifiers
    /// (checked for collisions).
    private static func uniqueSortedNodes(_ nodes: [GraphNode]) throws -> (nodes: [GraphNode], identifiers: [String]) {
        let sorted = IdOrder.ordered(nodes, by: { (node: GraphNode) in (node.id, "") }, then: nodeOrderAfterId)
        var unique: [GraphNode] = []
        var identifiers: [String] = []
        var owner: [String: String] = [:]
        for node in sorted where unique.last?.id != node.id {
            let identifier = node.dotIdentifier
            if let other = owner[identifier] {
                throw NewsGraphError(.invalidArgument, "node ids \(other) and \(node.id) hash to the same DOT identifier \(identifier)")
            }
            owner[identifier] = node.id
            unique.append(node)
            identifiers.append(identifier)
        }
        return (unique, identifiers)
    }

    /// The node order, the id aside (`IdOrder` compares it): label, kind, subtitle, rank.
    private static func nodeOrderAfterId(_ a: GraphNode, _ b: GraphNode) -> Bool {
        let left: (String, String, String, String) = (a.label, a.kind.rawValue, a.subtitle ?? "", a.rank ?? "")
        let right: (String, String, String, String) = (b.label, b.kind.rawValue, b.subtitle ?? "", b.rank ?? "")
        return left < right
    }

    /// The edge order, from and to aside (`IdOrder` compares them): kind, ordinal (none first), label.
    static func edgeOrderAfterEnds(_ a: GraphEdge, _ b: GraphEdge) -> Bool {
        let left: (String, Int, Int, String) = (a.kind.rawValue, a.ordinal == nil ? 0 : 1, a.ordinal ?? 0, a.label)
        let right: (String, Int, Int, String) = (b.kind.rawValue, b.ordinal == nil ? 0 : 1, b.ordinal ?? 0, b.label)
        return left < right
    }
}

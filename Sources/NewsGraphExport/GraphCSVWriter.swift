import NewsGraphModel

/// Writes a `GraphView` as two plain tables, `nodes.csv` and `edges.csv`, for pandas, R or a
/// spreadsheet.
///
/// `nodes.csv` has one row per node: `key` (the stable key, `person:韩俊`), `kind`, `name`,
/// `detail` (what the drawing prints under the name: posts, dates), `date` (a meeting's or a
/// policy event's own), `first_seen` and `last_seen` (the span of the node's full dates in the
/// view, see `GraphView.dateSpans()`). `edges.csv` has one row per edge: `from` and `to`
/// (node keys), `kind` (the relation: `presided`, `holds_post` …), `role` (the same for a
/// meeting role, else empty), `label` (its Chinese name, `主持`), `ordinal` (place in a printed
/// list, from 1), `date`, `article` (the printing article's key) and `evidence`.
///
/// Fields are quoted by RFC 4180 (`CSVWriter`), lines end in `\n`, rows come in the order of
/// `GraphView.exportContents()`, so the same view gives the same bytes, and the counts of rows
/// are the counts of nodes and edges the DOT drawing shows.
///
/// ```swift
/// let folder = try GraphCSVWriter().write(view)
/// try folder.write(to: URL(fileURLWithPath: "tables"))
/// ```
public struct GraphCSVWriter: Hashable, Sendable {
    public static let nodeHeader = ["key", "kind", "name", "detail", "date", "first_seen", "last_seen"]
    public static let edgeHeader = ["from", "to", "kind", "role", "label", "ordinal", "date", "article", "evidence"]

    public init() {}

    /// `nodes.csv` and `edges.csv` for `view`.
    ///
    /// - Throws: `NewsGraphError(.invalidArgument)` for an edge to a node the view lacks.
    public func write(_ view: GraphView) throws -> ExportFolder {
        let (nodes, edges, keys) = try view.exportContents()
        let spans = view.dateSpans()
        let nodeRows = nodes.map { node in
            [node.key, node.kind.rawValue, node.label, node.subtitle ?? "", node.date ?? "",
             spans[node.id]?.first ?? "", spans[node.id]?.last ?? ""]
        }
        let edgeRows = edges.map { edge in
            [keys[edge.from]!, keys[edge.to]!, edge.kind.rawValue,
             RelationKind.meetingRoles.contains(edge.kind) ? edge.kind.rawValue : "", edge.label,
             edge.ordinal.map { String($0 + 1) } ?? "", edge.date ?? "", edge.article ?? "", edge.evidence ?? ""]
        }
        return ExportFolder(files: [
            "nodes.csv": CSVWriter.render(header: Self.nodeHeader, rows: nodeRows) + "\n",
            "edges.csv": CSVWriter.render(header: Self.edgeHeader, rows: edgeRows) + "\n",
        ])
    }
}

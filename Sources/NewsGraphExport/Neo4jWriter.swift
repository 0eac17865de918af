import NewsGraphModel

/// Writes a `GraphView` as the CSV files `neo4j-admin database import full` reads.
///
/// One nodes file per label, named after the kind in the plural (`persons.csv` for `:Person`,
/// `organizations.csv`, `meetings.csv`, `policies.csv`, `places.csv`, `posts.csv`), with the
/// header `key:ID,name,:LABEL,detail,date:date,first_seen:date,last_seen:date`; and one
/// relationships file per type, named after the relation (`presided.csv` for `:PRESIDED`,
/// `holds_post.csv` for `:HOLDS_POST` …), with the header
/// `:START_ID,:END_ID,:TYPE,label,ordinal:int,date:date,article,evidence`. Ids are the stable
/// keys, unique across labels (they start with the kind), so one id space serves all files.
/// Typed date columns hold full ISO dates only; a meeting dated without its year has no
/// `date`. Only files with rows are written, plus `import.sh`, which runs `neo4j-admin` on
/// exactly those files.
///
/// Fields are quoted by RFC 4180 (`CSVWriter`; evidence may span lines, hence
/// `--multiline-fields=true`), rows come in the order of `GraphView.exportContents()`, so the
/// same view gives the same bytes, and the rows are the DOT drawing's nodes and edges.
///
/// ```swift
/// try Neo4jWriter().write(view).write(to: URL(fileURLWithPath: "import"))
/// // sh import/import.sh   (with Neo4j stopped)
/// ```
public struct Neo4jWriter: Hashable, Sendable {
    public static let nodeHeader = ["key:ID", "name", ":LABEL", "detail", "date:date", "first_seen:date", "last_seen:date"]
    public static let relationshipHeader = [":START_ID", ":END_ID", ":TYPE", "label", "ordinal:int", "date:date", "article",
                                            "evidence"]

    public init() {}

    /// The node label of a kind: `Person`, `Organization`, `Meeting`, `Policy`, `Place`, `Post`.
    public static func label(_ kind: EntityKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// The nodes file of a kind: `persons.csv`, `policies.csv` ….
    public static func nodesFile(_ kind: EntityKind) -> String {
        (kind == .policy ? "policies" : kind.rawValue + "s") + ".csv"
    }

    /// The relationship type of a relation: `PRESIDED`, `HOLDS_POST` ….
    public static func type(_ kind: RelationKind) -> String { kind.rawValue.uppercased() }

    /// The relationships file of a relation: `presided.csv`, `holds_post.csv` ….
    public static func relationshipsFile(_ kind: RelationKind) -> String { kind.rawValue + ".csv" }

    /// The files for `view`: the nodes and relationships files that have rows, and `import.sh`.
    ///
    /// - Throws: `NewsGraphError(.invalidArgument)` for an edge to a node the view lacks, or
    ///   two nodes sharing a key.
    public func write(_ view: GraphView) throws -> ExportFolder {
        let (nodes, edges, keys) = try view.exportContents()
        let spans = view.dateSpans()
        func fullDate(_ text: String?) -> String { GraphView.isFullDate(text) ? text! : "" }
        var files: [String: String] = [:]
        var nodeFiles: [String] = []
        for kind in EntityKind.allCases {
            let rows = nodes.filter { $0.kind == kind }.map { node in
                [node.key, node.label, Self.label(kind), node.subtitle ?? "", fullDate(node.date),
                 spans[node.id]?.first ?? "", spans[node.id]?.last ?? ""]
            }
            guard !rows.isEmpty else { continue }
            files[Self.nodesFile(kind)] = CSVWriter.render(header: Self.nodeHeader, rows: rows) + "\n"
            nodeFiles.append(Self.nodesFile(kind))
        }
        var relationshipFiles: [String] = []
        for kind in RelationKind.allCases {
            let rows = edges.filter { $0.kind == kind }.map { edge in
                [keys[edge.from]!, keys[edge.to]!, Self.type(kind), edge.label, edge.ordinal.map(String.init) ?? "",
                 fullDate(edge.date), edge.article ?? "", edge.evidence ?? ""]
            }
            guard !rows.isEmpty else { continue }
            files[Self.relationshipsFile(kind)] = CSVWriter.render(header: Self.relationshipHeader, rows: rows) + "\n"
            relationshipFiles.append(Self.relationshipsFile(kind))
        }
        files["import.sh"] = Self.importScript(nodes: nodeFiles.sorted(), relationships: relationshipFiles.sorted())
        return ExportFolder(files: files)
    }

    /// A script that imports `nodes` and `relationships` (files next to it) into a new
    /// database, by default `neo4j`; Neo4j must be stopped.
    static func importScript(nodes: [String], relationships: [String]) -> String {
        let options = nodes.map { "  --nodes=" + $0 } + relationships.map { "  --relationships=" + $0 }
        return """
            #!/bin/sh
            # Imports this NewsGraph export into a new Neo4j database (default neo4j), replacing it.
            # Stop Neo4j first; then: sh import.sh [database]
            set -e
            cd "$(dirname "$0")"
            neo4j-admin database import full --overwrite-destination --multiline-fields=true \\
            \(options.joined(separator: " \\\n")) \\
              "${1:-neo4j}"

            """
    }
}

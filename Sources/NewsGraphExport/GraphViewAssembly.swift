import NewsGraphModel

/// Collects the nodes and edges of a view under handles, then names the nodes.
///
/// Builders add nodes under a handle of their choosing (`e:29` for entity 29, `post:省长|`
/// for a made-up node) and edges between handles. `view(title:layoutHint:)` then gives every
/// node its `GraphNode.id`: `kind:name` (as `GraphNode(_:)` does), or, when two nodes of one
/// kind share a name (two meetings called 省政府常务会议 on different days, 省委 of two
/// provinces), `kind:name#distinction` with the distinction each was added with (a date or
/// an entity key).
///
/// `DOTWriter` writes nodes, and edges by their tail, sorted by id, and Graphviz's `dot` keeps
/// that order within a rank where no crossing forces another; so a node added with an `order`
/// (`0001.3.0002`: meeting 1, attendees, third printed) gets it in front of its id, separated by
/// a space (`0001.3.0002 person:刘凯`), and a meeting's people are drawn in the order printed.
/// Ids so depend only on what the view holds and the order its query reports it in, never on
/// the order the view was built in or on row ids.
struct GraphViewAssembly {
    private struct Entry {
        var kind: EntityKind
        var name: String
        var distinction: String
        var order: String?
        var subtitle: String?
        var rank: String?
    }

    private struct PendingEdge: Hashable {
        var from: String
        var to: String
        var kind: RelationKind
        var label: String
        var ordinal: Int?
    }

    private var entries: [String: Entry] = [:]
    private var edges: Set<PendingEdge> = []

    /// Whether a node was added under `handle`.
    func contains(_ handle: String) -> Bool { entries[handle] != nil }

    /// How many nodes were added.
    var nodeCount: Int { entries.count }

    /// Adds a node under `handle`; a handle added twice keeps its first fields, except that a
    /// missing order, subtitle or rank is filled in by the later call.
    mutating func addNode(_ handle: String, kind: EntityKind, name: String, distinction: String, order: String? = nil,
                          subtitle: String? = nil, rank: String? = nil) {
        if var known = entries[handle] {
            known.order = known.order ?? order
            known.subtitle = known.subtitle ?? subtitle
            known.rank = known.rank ?? rank
            entries[handle] = known
            return
        }
        entries[handle] = Entry(kind: kind, name: name, distinction: distinction, order: order, subtitle: subtitle, rank: rank)
    }

    /// `value` in decimal with at least `width` digits: `padded(7, 4)` is `0007`.
    static func padded(_ value: Int, _ width: Int = 4) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Adds an edge between two handles; an identical edge is kept once.
    mutating func addEdge(from: String, to: String, kind: RelationKind, label: String, ordinal: Int? = nil) {
        edges.insert(PendingEdge(from: from, to: to, kind: kind, label: label, ordinal: ordinal))
    }

    /// The view: nodes sorted by id, edges by (from, to, kind, ordinal, label), edges whose
    /// ends were never added dropped.
    func view(title: String, layoutHint: GraphLayoutHint) -> GraphView {
        var groups: [String: [String]] = [:]
        for (handle, entry) in entries { groups[entry.kind.rawValue + ":" + entry.name, default: []].append(handle) }
        var ids: [String: String] = [:]
        for (base, handles) in groups {
            var distinctionCount: [String: Int] = [:]
            for handle in handles { distinctionCount[entries[handle]!.distinction, default: 0] += 1 }
            for handle in handles {
                let entry = entries[handle]!
                var id = base
                if handles.count > 1 {
                    // Two nodes with one name and one distinction fall back to their handles.
                    id += "#" + entry.distinction + (distinctionCount[entry.distinction]! > 1 ? "#" + handle : "")
                }
                ids[handle] = (entry.order.map { $0 + " " } ?? "") + id
            }
        }
        let nodes = entries.map { handle, entry in
            GraphNode(id: ids[handle]!, label: entry.name, kind: entry.kind, subtitle: entry.subtitle, rank: entry.rank)
        }.sorted { $0.id < $1.id }
        let graphEdges = edges.compactMap { edge -> GraphEdge? in
            guard let from = ids[edge.from], let to = ids[edge.to] else { return nil }
            return GraphEdge(from: from, to: to, label: edge.label, kind: edge.kind, ordinal: edge.ordinal)
        }.sorted { a, b in
            (a.from, a.to, a.kind.rawValue, a.ordinal == nil ? 0 : 1, a.ordinal ?? 0, a.label)
                < (b.from, b.to, b.kind.rawValue, b.ordinal == nil ? 0 : 1, b.ordinal ?? 0, b.label)
        }
        return GraphView(title: title, nodes: nodes, edges: graphEdges, layoutHint: layoutHint)
    }
}

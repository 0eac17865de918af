import NewsGraphModel
import NewsGraphStore

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
///
/// For the exports every node also gets a stable key (`GraphNode.key`): the one it was added
/// with, else the stored entity's qualified key (handles `e:ID`, looked up by the builder through
/// `entityIds`), else one computed from its kind and name; and every edge the day, article and
/// evidence of the relation behind it (given, or looked up through `relationIds`).
struct GraphViewAssembly {
    private struct Entry {
        var kind: EntityKind
        var name: String
        var distinction: String
        var order: String?
        var subtitle: String?
        var rank: String?
        var key: String?
        var date: String?
    }

    /// What an edge says about where it comes from; the least of several is kept.
    struct EdgeFacts: Hashable, Comparable {
        var date: String?
        var article: String?
        var evidence: String?

        static func < (a: EdgeFacts, b: EdgeFacts) -> Bool {
            (a.date == nil ? 1 : 0, a.date ?? "", a.article ?? "", a.evidence ?? "")
                < (b.date == nil ? 1 : 0, b.date ?? "", b.article ?? "", b.evidence ?? "")
        }
    }

    /// The facts given for an edge and the relations to look its facts up from (mostly one; a relation
    /// added twice is listed twice, which changes no least fact).
    private struct EdgeSources {
        var facts: [EdgeFacts] = []
        var relationIds: [Int64] = []

        /// Adds a relation and facts.
        mutating func add(relationId: Int64?, facts: EdgeFacts?) {
            if let relationId { relationIds.append(relationId) }
            if let facts { self.facts.append(facts) }
        }
    }

    private struct PendingEdge: Hashable {
        var from: String
        var to: String
        var kind: RelationKind
        var label: String
        var ordinal: Int?

        /// Hashed without the label (Chinese text, whose hashing normalises it; equal edges still
        /// compare it): mostly one label per kind.
        func hash(into hasher: inout Hasher) {
            hasher.combine(from)
            hasher.combine(to)
            hasher.combine(kind)
            hasher.combine(ordinal)
        }
    }

    private var entries: [String: Entry] = [:]
    private var edges: [PendingEdge: EdgeSources] = [:]

    /// Whether a node was added under `handle`.
    func contains(_ handle: String) -> Bool { entries[handle] != nil }

    /// How many nodes were added.
    var nodeCount: Int { entries.count }

    /// How many distinct edges were added.
    var edgeCount: Int { edges.count }

    /// The stored entities behind nodes added under `e:ID` handles, sorted.
    var entityIds: [Int64] { entries.keys.compactMap(Self.entityId(ofHandle:)).sorted() }

    /// The relations edges were added with, sorted.
    var relationIds: [Int64] { Set(edges.values.flatMap(\.relationIds)).sorted() }

    /// The entity id of an `e:ID` handle.
    static func entityId(ofHandle handle: String) -> Int64? {
        handle.hasPrefix("e:") ? Int64(handle.dropFirst(2)) : nil
    }

    /// Adds a node under `handle`; a handle added twice keeps its first fields, except that a
    /// missing order, subtitle, rank, key or date is filled in by the later call.
    ///
    /// - Parameters:
    ///   - key: the node's stable key, when it is not the stored entity's (a post at an
    ///     organisation, a policy on one day).
    ///   - date: the node's own date (a meeting's, a policy event's day).
    mutating func addNode(_ handle: String, kind: EntityKind, name: String, distinction: String, order: String? = nil,
                          subtitle: String? = nil, rank: String? = nil, key: String? = nil, date: String? = nil) {
        if var known = entries[handle] {
            // Most repeats fill in nothing (a whole graph adds each end once per relation): left as they are.
            guard order != nil && known.order == nil || subtitle != nil && known.subtitle == nil || rank != nil && known.rank == nil
                || key != nil && known.key == nil || date != nil && known.date == nil else { return }
            known.order = known.order ?? order
            known.subtitle = known.subtitle ?? subtitle
            known.rank = known.rank ?? rank
            known.key = known.key ?? key
            known.date = known.date ?? date
            entries[handle] = known
            return
        }
        entries[handle] = Entry(kind: kind, name: name, distinction: distinction, order: order, subtitle: subtitle, rank: rank,
                                key: key, date: date)
    }

    /// `value` in decimal with at least `width` digits: `padded(7, 4)` is `0007`.
    static func padded(_ value: Int, _ width: Int = 4) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Makes room for `nodes` nodes and `edges` edges, so that adding a whole graph does not grow the tables
    /// again and again.
    mutating func reserve(nodes: Int, edges: Int) {
        entries.reserveCapacity(nodes)
        self.edges.reserveCapacity(edges)
    }

    /// Adds an edge between two handles; an identical edge is kept once, with the least of the
    /// facts it was added with (see `view`).
    ///
    /// - Parameters:
    ///   - relationId: the stored relation behind the edge, whose facts `view` is given.
    ///   - facts: the edge's day, article and evidence, when no relation stands behind it.
    mutating func addEdge(from: String, to: String, kind: RelationKind, label: String, ordinal: Int? = nil,
                          relationId: Int64? = nil, facts: EdgeFacts? = nil) {
        let edge = PendingEdge(from: from, to: to, kind: kind, label: label, ordinal: ordinal)
        // Changed in place: one look-up, and no copy of the sources.
        edges[edge, default: EdgeSources()].add(relationId: relationId, facts: facts)
    }

    /// The view: nodes sorted by id, edges by (from, to, kind, ordinal, label), edges whose
    /// ends were never added dropped.
    ///
    /// - Parameters:
    ///   - keyed: whether the nodes get their stable keys; false (a drawing, which prints none) keys
    ///     each node by its id, and no key is computed.
    ///   - keys: the qualified keys of `entityIds`.
    ///   - relationFacts: the facts of `relationIds`.
    func view(title: String, layoutHint: GraphLayoutHint, keyed: Bool = true, keys: [Int64: String] = [:],
              relationFacts: [Int64: RelationFacts] = [:]) -> GraphView {
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
        let stableKeys = keyed ? stableKeys(keys: keys) : [:]
        var nodes: [GraphNode] = []
        var nodeHandles: [String] = []
        nodes.reserveCapacity(entries.count)
        nodeHandles.reserveCapacity(entries.count)
        for (handle, entry) in entries {
            nodeHandles.append(handle)
            nodes.append(GraphNode(id: ids[handle]!, label: entry.name, kind: entry.kind, subtitle: entry.subtitle, rank: entry.rank,
                                   key: keyed ? stableKeys[handle]! : nil, date: entry.date))
        }
        let nodeOrder = IdOrder.sortedPositions(nodes, by: { (node: GraphNode) in (node.id, "") }, then: { _, _ in false })
        // Each handle's id and the rank of that id among the nodes' (equal ids one rank), so that edges
        // sort by two integers, as they would by their ends' ids.
        var placed: [String: (id: String, rank: Int)] = [:]
        placed.reserveCapacity(nodes.count)
        var rank = -1
        for (index, position) in nodeOrder.enumerated() {
            let id = nodes[position].id
            if index == 0 || !IdOrder.same(nodes[nodeOrder[index - 1]].id, id) { rank += 1 }
            placed[nodeHandles[position]] = (id, rank)
        }
        var graphEdges: [GraphEdge] = []
        var endRanks: [(from: Int, to: Int)] = []
        graphEdges.reserveCapacity(edges.count)
        endRanks.reserveCapacity(edges.count)
        for (edge, sources) in edges {
            guard let from = placed[edge.from], let to = placed[edge.to] else { continue }
            let looked = relationFacts.isEmpty ? [] : sources.relationIds.compactMap { relationFacts[$0] }
                .map { EdgeFacts(date: $0.date, article: $0.article, evidence: $0.evidence) }
            let facts = looked.isEmpty ? sources.facts.min() : (sources.facts + looked).min()
            graphEdges.append(GraphEdge(from: from.id, to: to.id, label: edge.label, kind: edge.kind, ordinal: edge.ordinal,
                                        date: facts?.date, article: facts?.article, evidence: facts?.evidence))
            endRanks.append((from.rank, to.rank))
        }
        // As `IdOrder.sorted` by (from, to) then `edgeOrderAfterEnds` orders them: ranks compare as the ids do.
        let edgeOrder = graphEdges.indices.sorted { a, b in
            if endRanks[a].from != endRanks[b].from { return endRanks[a].from < endRanks[b].from }
            if endRanks[a].to != endRanks[b].to { return endRanks[a].to < endRanks[b].to }
            return DOTWriter.edgeOrderAfterEnds(graphEdges[a], graphEdges[b])
        }
        return GraphView(title: title, nodes: nodeOrder.map { nodes[$0] }, edges: edgeOrder.map { graphEdges[$0] },
                         layoutHint: layoutHint)
    }

    /// Each handle's stable key, unique in the view: the key it was added with, else its stored
    /// entity's, else `kind:key` computed from its name; namesakes get `#` and their
    /// distinction (and, should that not tell them apart, their handle).
    private func stableKeys(keys: [Int64: String]) -> [String: String] {
        var groups: [String: [String]] = [:]
        for (handle, entry) in entries {
            let key = entry.key
                ?? Self.entityId(ofHandle: handle).flatMap { keys[$0] }
                ?? EntityKey.qualified(kind: entry.kind.rawValue, key: EntityKey.key(for: EntityRef(entry.kind, entry.name)))
            groups[key, default: []].append(handle)
        }
        var out: [String: String] = [:]
        for (key, handles) in groups {
            guard handles.count > 1 else { out[handles[0]] = key; continue }
            var distinctionCount: [String: Int] = [:]
            for handle in handles { distinctionCount[entries[handle]!.distinction, default: 0] += 1 }
            for handle in handles {
                let distinction = entries[handle]!.distinction
                out[handle] = key + "#" + distinction + (distinctionCount[distinction]! > 1 ? "#" + handle : "")
            }
        }
        return out
    }
}

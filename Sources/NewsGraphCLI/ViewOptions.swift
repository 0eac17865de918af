import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// The part of the graph an export shows: a person's neighbourhood or career timeline, a meeting,
/// a policy's timeline, or the whole graph cut down by kinds and dates.
///
/// Shared by `export dot` and the data exports (`graphml`, `gexf`, `neo4j`, `csv`), so each
/// writes the same `GraphView` for the same options, node for node and edge for edge.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("This person's meetings, posts and organisations.", valueName: "name"))
    var person: String?
    @Option(help: ArgumentHelp("With --person: 2 adds the people met at those meetings.", valueName: "n"))
    var depth: Int?
    @Flag(help: "With --person: the career on a time axis, posts and meetings by month.")
    var timeline = false
    @Option(help: ArgumentHelp("The meetings this name matches with their people.", valueName: "meeting"))
    var meeting: String?
    @Option(help: ArgumentHelp("With --meeting: only meetings held on this date.", valueName: "YYYY-MM-DD"))
    var date: String?
    @Option(help: ArgumentHelp("The timeline of the policies whose name contains this.", valueName: "policy"))
    var policy: String?
    @Option(help: ArgumentHelp("Whole graph: only these kinds, comma-separated (\(EntityKind.allCases.map(\.rawValue).joined(separator: ","))).",
                               valueName: "kinds"))
    var kinds: String?
    @Option(help: ArgumentHelp("Whole graph: only relations dated on or after this date.", valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(help: ArgumentHelp("Whole graph: only relations dated on or before this date.", valueName: "YYYY-MM-DD"))
    var to: String?
    @Option(help: ArgumentHelp("Keep only the n most connected entities (the number left out is said on standard error).",
                               valueName: "n"))
    var maxNodes: Int?

    func validate() throws {
        let focus = [person, meeting, policy].compactMap { $0 }
        guard focus.count <= 1 else { throw ValidationError("draw one of --person, --meeting and --policy at a time") }
        if depth != nil, person == nil { throw ValidationError("--depth goes with --person") }
        if timeline, person == nil { throw ValidationError("--timeline goes with --person") }
        if timeline, depth != nil { throw ValidationError("--timeline draws the person alone; leave out --depth") }
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1, not \(depth)") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes)") }
        if date != nil, meeting == nil { throw ValidationError("--date goes with --meeting") }
        if !focus.isEmpty, kinds != nil || from != nil || to != nil {
            throw ValidationError("--kinds, --from and --to cut down the whole graph; leave out --person, --meeting and --policy")
        }
        try DateArgument.validate(date, option: "--date")
        try DateArgument.validate(from, option: "--from")
        try DateArgument.validate(to, option: "--to")
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        _ = try parsedKinds()
    }

    /// The entity kinds `--kinds` names, or nil when it is absent.
    func parsedKinds() throws -> Set<EntityKind>? {
        guard let kinds else { return nil }
        var set: Set<EntityKind> = []
        for part in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let kind = EntityKind(rawValue: part.lowercased()) else {
                throw ValidationError("--kinds: no kind \(part); the kinds are "
                                      + EntityKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            set.insert(kind)
        }
        guard !set.isEmpty else { throw ValidationError("--kinds names no kind") }
        return set
    }

    /// The view the options ask for, from `graph` (stored at `path`, which errors name), cut down to
    /// `--max-nodes` most connected entities; how many were left out is said on standard error.
    /// Without `facts` (a drawing) the view carries no keys or edge facts (`GraphViewBuilder.readsFacts`);
    /// with `groupsRoles` (a drawing) a person's meetings of one name are one node, their roles counted
    /// on one edge (`GraphViewBuilder.groupsRoles`).
    func view(from graph: GraphStore, path: String, facts: Bool = true, groupsRoles: Bool = false) throws -> GraphView {
        let view = try fullView(from: graph, path: path, facts: facts, groupsRoles: groupsRoles)
        guard let maxNodes else { return view }
        let (cut, leftOut) = view.keepingMostConnected(maxNodes)
        if leftOut > 0 {
            Terminal.error("--max-nodes \(maxNodes): kept the \(cut.nodes.count) most connected of \(view.nodes.count) entities; \(leftOut) left out")
        }
        return cut
    }

    /// The view the options ask for, every entity in it.
    func fullView(from graph: GraphStore, path: String, facts: Bool = true, groupsRoles: Bool = false) throws -> GraphView {
        var builder = GraphViewBuilder(store: graph)
        builder.readsFacts = facts
        builder.groupsRoles = groupsRoles
        do {
            if let person, timeline { return try builder.career(named: person) }
            if let person { return try builder.person(named: person, depth: depth ?? 1) }
            if let meeting { return try builder.meeting(matching: meeting, date: date) }
            if let policy { return try builder.policy(matching: policy) }
            return try builder.whole(kinds: try parsedKinds(), from: from, to: to)
        } catch let error as NewsGraphError where error.kind == .notFound || error.kind == .invalidArgument {
            throw CLIError(error.message + " (in \(path))")
        }
    }
}

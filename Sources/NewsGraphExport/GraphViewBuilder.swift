import NewsGraphModel
import NewsGraphStore

/// Builds the `GraphView`s the `export dot` command draws, from a `GraphStore`.
///
/// Four views, each a plain value that `DOTWriter` turns into DOT:
/// - `meeting(matching:date:)`: a meeting and its people by role, its place and series;
/// - `person(named:depth:)`: a person's meetings, posts, organisations and, deeper, the
///   people met there;
/// - `policy(matching:)`: a policy's timeline across issue dates;
/// - `whole(kinds:from:to:)`: the whole graph, cut down by kinds and dates.
///
/// Node ids are `kind:name` (`person:韩俊`); namesakes of one kind in one view are told apart
/// by date or entity key (`meeting:省政府常务会议#2022-06-16`). In the meeting, person and
/// policy views an order goes in front (`0000.3.0002.0004 person:刘凯`), so that the writer,
/// which writes nodes sorted by id, and Graphviz after it, draw people in the order printed
/// and dates in the order they happened (see `GraphViewAssembly`). Edges carry the relation's
/// Chinese name (`主持`, `出席` …, see `label(for:)`) and the printed order of a list as
/// their ordinal, counted from 0 (the first attendee printed is `出席 #0`). Nothing in a view
/// depends on row ids, the clock or the machine, so the same graph gives the same view, and
/// the same DOT, on every run.
///
/// A name that finds nothing throws `NewsGraphError(.notFound)` whose message offers the
/// closest names the graph holds (`GraphStore.closeMatches`).
///
/// ```swift
/// let builder = GraphViewBuilder(store: try GraphStore(path: "newsgraph.sqlite"))
/// let dot = try DOTWriter().write(try builder.meeting(matching: "常务会议"))
/// ```
public struct GraphViewBuilder: Sendable {
    public let store: GraphStore
    /// Views with more nodes than this get the `.large` layout hint (force-directed).
    public var largeViewNodeLimit: Int
    /// How many characters of an article's title a policy timeline prints.
    public var titleLength: Int
    /// How many articles a policy timeline lists per date before summing up the rest.
    public var articlesPerDate: Int
    /// Whether views carry what only the exports print: the stored entities' keys and each edge's
    /// day, article and evidence. Without them (a drawing, which prints neither), each node's key is its
    /// id and edges carry no facts: no key is computed and the evidence of every edge is never read.
    public var readsFacts = true
    /// Whether the person view draws the meetings of one name as one node, and one edge per
    /// participant and node that counts their roles there (`主持 ×3 · 讲话`), as a drawing wants;
    /// false (the data exports) keeps one node per meeting and one edge per role relation.
    public var groupsRoles = false
    /// With `groupsRoles`, how many other people a person view at depth 2 draws before it counts
    /// those met at one meeting node only in that node's subtitle (`另 5 人`) instead.
    public var coAttendeeLimit = 30

    public init(store: GraphStore, largeViewNodeLimit: Int = DOTWriter().largeViewNodeLimit, titleLength: Int = 20,
                articlesPerDate: Int = 3) {
        self.store = store
        self.largeViewNodeLimit = largeViewNodeLimit
        self.titleLength = titleLength
        self.articlesPerDate = articlesPerDate
    }

    /// How suggestions are offered in a not-found message.
    static let suggestionCount = 5

    /// The Chinese name of a relation as an edge label: `主持`, `讲话`, `出席`, `汇报`, `任职` ….
    public static func label(for kind: RelationKind) -> String {
        switch kind {
        case .presided: "主持"
        case .spoke: "讲话"
        case .attended: "出席"
        case .reported: "汇报"
        case .holdsPost: "任职"
        case .affiliatedWith: "隶属"
        case .issued: "印发"
        case .implements: "落实"
        case .mentions: "提及"
        case .heldIn: "举行于"
        case .partOf: "属于"
        case .reportedBy: "记者"
        }
    }

    /// The handle of a stored entity in a `GraphViewAssembly`.
    static func handle(_ id: Int64) -> String { "e:\(id)" }

    /// The handle of an entity known only by its name.
    static func handle(_ kind: EntityKind, named name: String) -> String { "n:\(kind.rawValue):\(name)" }

    /// The not-found error for `what` (`no person is called “X”`), with the names of `kinds`
    /// closest to `query`.
    func notFound(_ what: String, query: String, kinds: [EntityKind]) throws -> NewsGraphError {
        let close = try store.closeMatches(to: query, kinds: kinds, limit: Self.suggestionCount)
        let message: String
        if close.isEmpty {
            message = what + "; no name in the graph shares a character with it"
        } else {
            let names = close.map { kinds.count > 1 ? "\($0.name) (\($0.kind.rawValue))" : $0.name }
            message = what + "; close matches: " + names.joined(separator: "、")
        }
        return NewsGraphError(.notFound, file: store.path, message)
    }

    /// The view of `assembly`, with the stable keys of its entities and the facts of its relations.
    func finish(_ assembly: GraphViewAssembly, title: String, layoutHint: GraphLayoutHint) throws -> GraphView {
        guard readsFacts else { return assembly.view(title: title, layoutHint: layoutHint, keyed: false) }
        return assembly.view(title: title, layoutHint: layoutHint, keys: try store.qualifiedKeys(of: assembly.entityIds),
                             relationFacts: try store.relationFacts(of: assembly.relationIds))
    }

    /// `text` cut to `titleLength` characters, ended with `…` when cut.
    func shortened(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > titleLength else { return text }
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: scalars.prefix(titleLength))
        return String(cut) + "…"
    }

    /// `first – last`, or one date when they are the same; nil when neither is known.
    static func span(_ first: String?, _ last: String?) -> String? {
        switch (first, last) {
        case let (a?, b?) where a != b: "\(a) – \(b)"
        case let (a?, _): a
        case let (nil, b?): b
        default: nil
        }
    }
}

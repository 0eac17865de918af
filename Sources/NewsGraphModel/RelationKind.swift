/// The relations the graph records between entities (and between an article and entities).
public enum RelationKind: String, Codable, Sendable, CaseIterable {
    /// person or body → meeting: 主持 / 主持召开.
    case presided
    /// person → meeting: 出席 / 参加 / 列席, with print order.
    case attended
    /// person → meeting: 讲话 / 强调 / 指出 …
    case spoke
    /// person or body → meeting: 汇报 / 发言 / 介绍情况.
    case reported
    /// person → post, with the organisation the post belongs to when printed.
    case holdsPost = "holds_post"
    /// person → organisation.
    case affiliatedWith = "affiliated_with"
    /// organisation → policy, with the date of issue when printed.
    case issued
    /// meeting or article → policy the text says is carried out.
    case implements
    /// article → entity it names (policies, meetings, organisations, places).
    case mentions
    /// meeting → place.
    case heldIn = "held_in"
    /// meeting → the series it belongs to.
    case partOf = "part_of"
    /// article → journalist.
    case reportedBy = "reported_by"

    /// The meeting roles, in the order reports list them.
    public static let meetingRoles: [RelationKind] = [.presided, .spoke, .attended, .reported]
}

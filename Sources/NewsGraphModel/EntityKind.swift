/// The kinds of thing the graph holds.
public enum EntityKind: String, Codable, Sendable, CaseIterable, Comparable {
    case person
    case organization
    case meeting
    case policy
    case place
    case post

    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.rawValue < b.rawValue }
}

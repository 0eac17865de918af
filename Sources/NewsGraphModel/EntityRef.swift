/// A reference to an entity by kind and name, before entity resolution gives it an identity.
public struct EntityRef: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var kind: EntityKind
    public var name: String

    public init(_ kind: EntityKind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    public static func < (a: EntityRef, b: EntityRef) -> Bool { (a.kind, a.name) < (b.kind, b.name) }
    public var description: String { "\(kind.rawValue):\(name)" }
}

import NewsGraphModel

/// An entity whose name looks like a name the user asked for, offered when nothing matched.
///
/// `shared` counts the distinct characters of the query (letters, digits and Chinese
/// characters; punctuation and white space ignored) that also occur in the entity's name or
/// one of its aliases. `GraphStore.closeMatches(to:kinds:limit:)` ranks by it.
public struct CloseMatch: Equatable, Sendable, Codable {
    public var entityId: Int64
    public var kind: EntityKind
    public var name: String
    public var shared: Int

    public init(entityId: Int64, kind: EntityKind, name: String, shared: Int) {
        self.entityId = entityId
        self.kind = kind
        self.name = name
        self.shared = shared
    }

    /// The distinct characters of `text` that can tell names apart.
    static func characters(of text: String) -> Set<Unicode.Scalar> {
        Set(EntityKey.normalized(text).unicodeScalars.filter {
            CharacterClass.isHan($0) || CharacterClass.isLatin($0) || CharacterClass.isDigit($0)
        })
    }
}

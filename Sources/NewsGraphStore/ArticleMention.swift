import NewsGraphModel

/// One mention in an article's text, with the entity it names, for showing the text marked up.
///
/// `span` counts Unicode scalars of the article's `text` (and so of its `displayText`, which has
/// the same length). `entityKind` and `entityKey` are nil for dates, which name no entity;
/// `entityKey` is the qualified key (`person:韩俊`).
public struct ArticleMention: Equatable, Sendable {
    public var kind: MentionKind
    public var span: Span
    public var text: String
    /// The entity's name (the mention's own text for a date).
    public var name: String
    public var entityKind: EntityKind?
    public var entityKey: String?

    public init(kind: MentionKind, span: Span, text: String, name: String, entityKind: EntityKind?, entityKey: String?) {
        self.kind = kind
        self.span = span
        self.text = text
        self.name = name
        self.entityKind = entityKind
        self.entityKey = entityKey
    }
}

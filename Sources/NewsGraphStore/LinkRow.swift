import NewsGraphModel

/// A relation between two entities, reduced to what a drawing needs: both ends with their
/// identities, the kind, print order, date and detail, and the article that printed it.
///
/// Unlike `RelationRow` it carries no evidence text, so reading thousands of them is cheap.
/// Relations whose subject is the article itself (`mentions`, `reported_by`, an article's
/// `implements`) have no drawable subject and are never returned as links.
public struct LinkRow: Equatable, Sendable {
    /// One end of a link: an entity with the fields that tell it apart from its namesakes.
    public struct End: Hashable, Sendable {
        public var id: Int64
        public var kind: EntityKind
        public var name: String
        /// The entity's key (unique within its kind, see `EntityKey`).
        public var key: String
        /// The entity's own date (meetings), `YYYY-MM-DD` or `MM-DD`.
        public var date: String?

        public init(id: Int64, kind: EntityKind, name: String, key: String, date: String?) {
            self.id = id
            self.kind = kind
            self.name = name
            self.key = key
            self.date = date
        }
    }

    public var relationId: Int64
    public var kind: RelationKind
    public var subject: End
    public var object: End
    /// Print order within a list (attendees), from 0.
    public var ordinal: Int?
    /// The day the relation held: its own full ISO date, else its article's issue date.
    public var day: String?
    public var detail: String?
    public var articleId: Int64
    /// Where the evidence starts in the article's text (orders links as printed).
    public var evidenceStart: Int

    public init(relationId: Int64, kind: RelationKind, subject: End, object: End, ordinal: Int?, day: String?,
                detail: String?, articleId: Int64, evidenceStart: Int) {
        self.relationId = relationId
        self.kind = kind
        self.subject = subject
        self.object = object
        self.ordinal = ordinal
        self.day = day
        self.detail = detail
        self.articleId = articleId
        self.evidenceStart = evidenceStart
    }
}

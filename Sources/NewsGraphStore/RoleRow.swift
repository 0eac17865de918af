import NewsGraphModel

/// Someone's part in a meeting: who presided, spoke, attended or reported, in print order.
///
/// `role` is one of `RelationKind.meetingRoles`. The participant fields are nil only for a
/// role relation whose subject is the article itself.
public struct RoleRow: Equatable, Sendable, Codable {
    public var relationId: Int64
    public var role: RelationKind
    public var participantId: Int64?
    public var participantKind: EntityKind?
    public var participantName: String?
    public var ordinal: Int?
    public var articleId: Int64
    public var evidenceSpan: Span
    public var evidence: String
    public var rule: String
    public var detail: String?

    public init(relationId: Int64, role: RelationKind, participantId: Int64?, participantKind: EntityKind?,
                participantName: String?, ordinal: Int?, articleId: Int64, evidenceSpan: Span, evidence: String,
                rule: String, detail: String?) {
        self.relationId = relationId
        self.role = role
        self.participantId = participantId
        self.participantKind = participantKind
        self.participantName = participantName
        self.ordinal = ordinal
        self.articleId = articleId
        self.evidenceSpan = evidenceSpan
        self.evidence = evidence
        self.rule = rule
        self.detail = detail
    }
}

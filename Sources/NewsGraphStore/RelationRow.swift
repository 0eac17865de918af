import NewsGraphModel

/// A relation with both ends named, its evidence and where it was printed.
///
/// `subjectId`, `subjectKind` and `subjectName` are nil when the article itself is the
/// subject. `evidence` is the text of the sentence(s) covering `evidenceSpan` (the span's own
/// text when the article has no sentences there); `evidenceSpan` is relative to the
/// article's clean text.
public struct RelationRow: Equatable, Sendable, Codable {
    public var id: Int64
    public var kind: RelationKind
    public var subjectId: Int64?
    public var subjectKind: EntityKind?
    public var subjectName: String?
    public var objectId: Int64
    public var objectKind: EntityKind
    public var objectName: String
    public var articleId: Int64
    public var headline: String?
    public var paper: String?
    public var issueDate: String?
    public var sourcePath: String
    public var evidenceSpan: Span
    public var evidence: String
    public var rule: String
    public var ordinal: Int?
    public var date: String?
    public var detail: String?

    public init(id: Int64, kind: RelationKind, subjectId: Int64?, subjectKind: EntityKind?, subjectName: String?,
                objectId: Int64, objectKind: EntityKind, objectName: String, articleId: Int64, headline: String?,
                paper: String?, issueDate: String?, sourcePath: String, evidenceSpan: Span, evidence: String,
                rule: String, ordinal: Int?, date: String?, detail: String?) {
        self.id = id
        self.kind = kind
        self.subjectId = subjectId
        self.subjectKind = subjectKind
        self.subjectName = subjectName
        self.objectId = objectId
        self.objectKind = objectKind
        self.objectName = objectName
        self.articleId = articleId
        self.headline = headline
        self.paper = paper
        self.issueDate = issueDate
        self.sourcePath = sourcePath
        self.evidenceSpan = evidenceSpan
        self.evidence = evidence
        self.rule = rule
        self.ordinal = ordinal
        self.date = date
        self.detail = detail
    }
}

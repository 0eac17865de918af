/// What a stretch of article text names.
public enum MentionKind: String, Codable, Sendable, CaseIterable {
    case person
    case title
    case organization
    case meeting
    case policy
    case place
    case date

    /// The entity kind a mention of this kind refers to, if it refers to one.
    public var entityKind: EntityKind? {
        switch self {
        case .person: .person
        case .title: .post
        case .organization: .organization
        case .meeting: .meeting
        case .policy: .policy
        case .place: .place
        case .date: nil
        }
    }
}

/// A stretch of an article's text that names something, with the rule that found it.
///
/// `span` is relative to the article's clean text. `name` is the normalised name the mention
/// refers to (for `省委副书记` inside `省委副书记、省长韩俊` it is the post; for an anaphor such
/// as `会议` it is the meeting's name); `value` carries a resolved date (`2022-06-16`).
public struct Mention: Hashable, Codable, Sendable {
    public var kind: MentionKind
    public var span: Span
    public var text: String
    public var name: String
    public var rule: String
    public var value: String?
    /// The confidence of a statistical rule (the tagger's margin for `person.model`), nil for grammar.
    public var score: Double?

    public init(kind: MentionKind, span: Span, text: String, name: String? = nil, rule: String, value: String? = nil, score: Double? = nil) {
        self.kind = kind
        self.span = span
        self.text = text
        self.name = name ?? text
        self.rule = rule
        self.value = value
        self.score = score
    }
}

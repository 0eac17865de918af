/// What an exported edge tells about the relation behind it: when, where printed, and the words.
///
/// A drawing needs only the ends and the kind of a relation (`LinkRow`); an export for other
/// tools also carries the day the relation held, the stable key of the article that printed it
/// and the evidence sentence, so an analyst can go back to the page.
public struct RelationFacts: Hashable, Sendable {
    /// The day the relation held: its own full ISO date, else its article's issue date.
    public var date: String?
    /// The stable key of the article that printed it (`cf7a147fa542-0`).
    public var article: String
    /// The sentence(s) that show it.
    public var evidence: String

    public init(date: String?, article: String, evidence: String) {
        self.date = date
        self.article = article
        self.evidence = evidence
    }
}

import NewsGraphModel

/// A policy's timeline across issues: each time it was issued, carried out or named.
///
/// `events` are oldest first (undated last), then by paper, issue, article and place in the
/// article.
public struct PolicyTrace: Equatable, Sendable {
    /// What an article says happened to the policy.
    public enum Action: String, Sendable, Codable, CaseIterable {
        /// A body issued it (`出台`, `印发` …); `by` names the issuers.
        case issued
        /// A meeting or an article says it is carried out (`落实`, `实施` …).
        case implemented
        /// Named in the article of a meeting; `by` names the meeting.
        case discussed
        /// Named in an article that reports no meeting.
        case mentioned
    }

    /// One appearance of the policy in one article.
    public struct Event: Equatable, Sendable {
        /// The relation's date, else the issue date. `YYYY-MM-DD`, or `MM-DD` without a year.
        public var date: String?
        public var article: ArticleRef
        public var action: Action
        /// Issuers, the meeting that carried it out or discussed it; empty when nobody is named.
        public var by: [String]
        /// Figures printed with it (`6.7亿元`), from the relation's detail.
        public var figures: String?
        /// The sentence(s) that say it.
        public var evidence: String
        public var evidenceSpan: Span
        public var rule: String

        public init(date: String?, article: ArticleRef, action: Action, by: [String], figures: String?, evidence: String,
                    evidenceSpan: Span, rule: String) {
            self.date = date
            self.article = article
            self.action = action
            self.by = by
            self.figures = figures
            self.evidence = evidence
            self.evidenceSpan = evidenceSpan
            self.rule = rule
        }
    }

    public var policyId: Int64
    /// The policy's qualified key (`policy:…`).
    public var key: String = ""
    public var name: String
    /// Other names printed for the policy, sorted.
    public var aliases: [String]
    public var events: [Event]

    public init(policyId: Int64, name: String, aliases: [String], events: [Event]) {
        self.policyId = policyId
        self.name = name
        self.aliases = aliases
        self.events = events
    }
}

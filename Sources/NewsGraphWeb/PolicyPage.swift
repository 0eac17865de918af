/// A policy's page: its trace across issues as a timeline, oldest first, and its diagram.
public struct PolicyPage: Sendable {
    /// One appearance of the policy.
    public struct EventLine: Sendable {
        public var date: String
        /// `issued`, `implemented`, `discussed`, `mentioned`.
        public var action: String
        /// `印发`, `落实`, `讨论`, `提及`.
        public var label: String
        public var by: String?
        public var figures: String?
        public var evidence: String
        public var article: PageLink
        public var paper: String
    }

    public var site: SiteFrame
    public var key: String
    public var name: String
    public var aliases: String?
    public var events: [EventLine]
    public var diagram: Diagram
}

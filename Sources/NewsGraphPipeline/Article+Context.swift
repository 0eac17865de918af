import NewsGraphModel

extension Article {
    /// The date "today" means in this article: the dateline's date, else the issue's.
    public func referenceDate(issue: IssueInfo) -> SimpleDate? {
        if let d = dateline?.date, d.isComplete { return d }
        return issue.date
    }

    /// Whether `span` overlaps a mention of one of `kinds`.
    func overlapsMention(_ span: Span, kinds: Set<MentionKind>) -> Bool {
        mentionIndex.overlaps(span, kinds: kinds)
    }

    /// The mention of one of `kinds` that ends exactly at `offset`, longest first.
    func mention(endingAt offset: Int, kinds: Set<MentionKind>) -> Mention? {
        mentionIndex.ending(at: offset, kinds: kinds).max { $0.span.length < $1.span.length }
    }

    /// The mention of one of `kinds` that starts exactly at `offset`, longest first.
    func mention(startingAt offset: Int, kinds: Set<MentionKind>) -> Mention? {
        mentionIndex.starting(at: offset, kinds: kinds).max { $0.span.length < $1.span.length }
    }
}

import NewsGraphModel

extension OrganizationRecognizer {
    /// Endings of venues (`宾馆`, `大剧院`), `venue-suffixes.txt`.
    static let venueSuffixes: [String] = GrammarWords.list("venue-suffixes.txt")
    /// Endings of collectives of leaders (`党政军`), `org-collectives.txt`.
    static let collectives: [String] = GrammarWords.list("org-collectives.txt")

    /// Whether a name that reads as a body is a venue (`某某大酒店`: where a meeting is held) or a
    /// collective of leaders (`省党政军`|领导), neither of which is an organisation the article names.
    ///
    /// Example: `五洲大酒店` and `自治区党政军` are no bodies; `某某纪念馆` is one.
    static func isNonBody(_ name: String) -> Bool {
        venueSuffixes.contains { name.hasSuffix($0) } || collectives.contains { name.hasSuffix($0) }
    }
}

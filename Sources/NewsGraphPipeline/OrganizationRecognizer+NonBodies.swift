import NewsGraphModel

extension OrganizationRecognizer {
    /// Endings of venues (`宾馆`, `大剧院`), `venue-suffixes.txt`.
    static let venueSuffixes: [String] = GrammarWords.list("venue-suffixes.txt")
    /// Endings of collectives of leaders (`党政军`), `org-collectives.txt`.
    static let collectives: [String] = GrammarWords.list("org-collectives.txt")

    /// Verbs that make a 中心 a goal or a location (`建设`, `地处`), `org-goal-verbs.txt`.
    static let goalVerbs: [String] = GrammarWords.list("org-goal-verbs.txt")
    /// Words that open a class of bodies (`各`, `有关`), `org-distributive-openers.txt`.
    static let distributiveOpeners: [String] = GrammarWords.list("org-distributive-openers.txt")

    /// Whether the body at `span` is no body the article names: a 中心 that is a goal or a place
    /// (`建设国家区域医疗中心`, `地处东北亚地理几何中心`, `某市建设某某物流中心`), or a class of bodies
    /// (`各市县政府`, `国家有关部委`, `自治区各委`: a distributive word at its start or after its prefix of
    /// rank or place).
    ///
    /// Example: in `要建设区域创新中心` the 中心 is a goal; `各县政府` names no one body.
    static func isGoalOrClass(_ t: ScalarText, _ span: Span, places: WordTrie) -> Bool {
        let name = t.string(span)
        if name.hasSuffix("中心") {
            if goalVerbs.contains(where: { span.start >= $0.unicodeScalars.count && t.hasPrefix($0, at: span.start - $0.unicodeScalars.count) }) { return true }
            if goalVerbs.contains(where: { name.contains($0) }) { return true }
        }
        var k = span.start
        if let prefix = adminPrefixes.first(where: { t.hasPrefix($0, at: k) }) { k += prefix.unicodeScalars.count }
        else if let place = places.longestMatch(in: t, at: k), place < span.end {
            k = place
            if k < span.end, "省市县区州".unicodeScalars.contains(t[k]) { k += 1 }
        }
        return distributiveOpeners.contains { t.hasPrefix($0, at: span.start) || t.hasPrefix($0, at: k) }
    }

    /// Whether a name that reads as a body is a venue (`某某大酒店`: where a meeting is held) or a
    /// collective of leaders (`省党政军`|领导), neither of which is an organisation the article names.
    ///
    /// Example: `五洲大酒店` and `自治区党政军` are no bodies; `某某纪念馆` is one.
    static func isNonBody(_ name: String) -> Bool {
        venueSuffixes.contains { name.hasSuffix($0) } || collectives.contains { name.hasSuffix($0) }
    }
}

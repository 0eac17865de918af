import NewsGraphModel
import NewsGraphStore

extension WebSite {
    /// The search page for `query`: the articles whose text holds it (`GraphStore.search`, which
    /// scans for one or two characters and uses the index from three), and the meetings, people
    /// and policies whose names hold it.
    func searchPage(query: String) throws -> SearchPage {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        let hits = try store.search(text: trimmed, limit: searchLimit + 1)
        let shown = hits.prefix(searchLimit).map { hit in
            let (before, match, after) = Self.split(snippet: hit.snippet)
            return SearchPage.Hit(title: PageLink(text: hit.headline ?? hit.articleKey, href: links.article(hit.articleKey)),
                                  key: hit.articleKey, before: before, match: match, after: after)
        }
        var entities: [PageLink] = []
        if !trimmed.isEmpty {
            entities += try store.persons(containing: trimmed, limit: 20).map {
                entityLink($0.name, key: EntityKey.qualified(kind: EntityKind.person.rawValue, key: $0.key))
            }
            entities += try store.meetingList().filter { $0.name.contains(trimmed) }.prefix(20).map { entityLink($0.name, key: $0.key) }
            entities += try store.policyTraces(matching: trimmed).prefix(20).map { entityLink($0.name, key: $0.key) }
        }
        return SearchPage(site: SiteFrame(title: trimmed.isEmpty ? "Search" : "Search: \(trimmed)", links: links, query: trimmed),
                          query: trimmed, hasQuery: !trimmed.isEmpty, hits: Array(shown), entities: entities,
                          isCut: hits.count > searchLimit)
    }

    /// A snippet cut around its `【match】`: before, match, after (the whole snippet before when unmarked).
    static func split(snippet: String) -> (String, String, String) {
        guard let open = snippet.firstIndex(of: "【"), let close = snippet[open...].firstIndex(of: "】") else { return (snippet, "", "") }
        return (String(snippet[..<open]), String(snippet[snippet.index(after: open)..<close]), String(snippet[snippet.index(after: close)...]))
    }
}

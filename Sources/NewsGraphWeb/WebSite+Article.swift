import NewsGraphModel
import NewsGraphStore

extension WebSite {
    /// The page of the article with key `key` (`cf7a147fa542-0`), or nil when there is none.
    func articlePage(key: String) throws -> ArticlePage? {
        guard let article = try store.article(key: key) else { return nil }
        let mentions = try store.articleMentions(articleId: article.id)
        // The page's own script where it has the same length as the clean text the spans count in.
        let shown = article.displayText.unicodeScalars.count == article.text.unicodeScalars.count ? article.displayText : article.text
        var named: [PageLink] = []
        var seen: Set<String> = []
        for kind in [EntityKind.person, .meeting, .policy, .organization, .place] {
            for mention in mentions where mention.entityKind == kind {
                guard let entityKey = mention.entityKey, seen.insert(entityKey).inserted else { continue }
                named.append(PageLink(text: mention.name, href: links.entity(entityKey) ?? links.search(mention.name)))
            }
        }
        return ArticlePage(site: SiteFrame(title: Self.title(of: article), links: links), key: article.key,
                           headline: article.headline, paper: article.paper, date: article.issueDate,
                           page: article.page.map(String.init), reporters: Self.joined(article.reporters),
                           segments: TextSegment.segments(of: shown, mentions: mentions, links: links), named: named)
    }
}

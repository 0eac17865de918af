import NewsGraphModel
import NewsGraphStore

extension WebSite {
    /// The home page: the counts, the latest meetings, the most printed people and policies
    /// (everything, with the articles, in the static report).
    func homePage() throws -> HomePage {
        let stats = try store.stats()
        let complete = links.style == .files
        let counts: [(String, Int)] = [
            ("文章 articles", stats.articles), ("会议 meetings", stats.entitiesByKind[.meeting] ?? 0),
            ("人物 people", stats.entitiesByKind[.person] ?? 0), ("机构 organisations", stats.entitiesByKind[.organization] ?? 0),
            ("政策 policies", stats.entitiesByKind[.policy] ?? 0), ("关系 relations", stats.relations),
        ]
        var meetings = try store.meetingList().reversed().map { m in
            HomePage.MeetingLine(date: m.date ?? "", name: entityLink(m.name, key: m.key), place: m.place ?? "", people: m.people)
        }
        // Latest first; undated meetings (listed last by the store) go to the end.
        meetings = meetings.filter { !$0.date.isEmpty } + meetings.filter { $0.date.isEmpty }
        let limit = complete ? Int.max : homeListLength
        let top = try store.topEntities(limit: limit == Int.max ? Int(Int32.max) : limit)
        func lines(_ kind: EntityKind) -> [HomePage.EntityLine] {
            (top[kind] ?? []).map { HomePage.EntityLine(name: entityLink($0.name, key: $0.key), key: $0.key, articles: $0.articles) }
        }
        let articles = complete ? try store.articles().map { a in
            HomePage.ArticleLine(date: a.issueDate ?? "", title: PageLink(text: Self.title(of: a), href: links.article(a.key)), key: a.key)
        } : []
        return HomePage(site: SiteFrame(title: "NewsGraph", links: links),
                        counts: counts.map { HomePage.Count(label: $0.0, value: $0.1) },
                        meetings: Array(meetings.prefix(limit)), people: lines(.person), policies: lines(.policy),
                        articles: articles, isComplete: complete)
    }

    /// An article's headline, else its opening words.
    static func title(of article: ArticleRow) -> String {
        if let headline = article.headline, !headline.trimmingCharacters(in: .whitespaces).isEmpty { return headline }
        let opening = article.displayText.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        return opening.count > 24 ? String(opening.prefix(24)) + "…" : opening
    }
}

import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

extension WebSite {
    /// The page of the meeting whose key (within its kind) is `key`, or nil when there is none.
    func meetingPage(key: String) throws -> MeetingPage? {
        guard let meeting = try store.meetingAttendance(key: key) else { return nil }
        var articles: [Int64: ArticleRow] = [:]
        var entityKeys: [Int64: String] = [:]
        var roles: [MeetingPage.RoleLine] = []
        for participant in meeting.participants {
            if articles[participant.articleId] == nil { articles[participant.articleId] = try store.article(id: participant.articleId) }
            var participantKey: String?
            if let id = participant.participantId, let kind = participant.participantKind {
                if entityKeys[id] == nil { entityKeys[id] = try store.entity(id: id).map { EntityKey.qualified(kind: kind.rawValue, key: $0.key) } }
                participantKey = entityKeys[id]
            }
            let name = participant.participantName ?? ""
            let participantLink = participant.participantKind == .person || participantKey.flatMap(links.entity) != nil
                ? entityLink(name, key: participantKey)
                : PageLink(text: name, href: links.search(name))
            let article = articles[participant.articleId]
            roles.append(MeetingPage.RoleLine(
                role: participant.role.rawValue, label: GraphViewBuilder.label(for: participant.role),
                number: participant.ordinal.map { String($0 + 1) } ?? "", participant: participantLink,
                evidence: participant.evidence,
                article: article.map { PageLink(text: $0.key, href: links.article($0.key)) } ?? PageLink(text: "", href: nil)))
        }
        let builder = GraphViewBuilder(store: store)
        return MeetingPage(site: SiteFrame(title: meeting.name, links: links), key: meeting.key, name: meeting.name,
                           date: meeting.date, place: meeting.place, series: meeting.series,
                           aliases: Self.joined(meeting.aliases), article: meeting.article.map(articleLink),
                           roles: roles, diagram: Diagram.draw({ try builder.meeting(key: key) }, renderer: renderer))
    }
}

import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

extension WebSite {
    /// The page of the person whose key (within its kind) is `key`, or nil when there is none.
    func personPage(key: String) throws -> PersonPage? {
        guard let entity = try store.entity(.person, key: key), let record = try store.personRecord(id: entity.id) else { return nil }
        let provinces = try store.provinces(ofPersons: [record.name])
        func tenures(_ list: [PersonRecord.Tenure]) -> [PersonPage.TenureLine] {
            list.map { t in
                var change: [String] = []
                if let began = t.began { change.append("began \(began)") }
                if let ended = t.ended { change.append("ended \(ended)") }
                return PersonPage.TenureLine(
                    name: t.name, organization: t.organization,
                    jurisdiction: GraphViewBuilder.province(of: record.name, in: t.articleIds, provinces: provinces),
                    dates: Self.dateRange(t.firstSeen, t.lastSeen), change: change.isEmpty ? nil : change.joined(separator: ", "),
                    articles: t.articleKeys.map { PageLink(text: $0, href: links.article($0)) })
            }
        }
        let meetings = record.meetings.map { m in
            PersonPage.MeetingLine(date: m.date ?? "", meeting: entityLink(m.meeting, key: m.key),
                                   roles: m.roles.map { "\(GraphViewBuilder.label(for: $0)) \($0.rawValue)" }.joined(separator: "、"),
                                   place: m.place ?? "", article: articleLink(m.article))
        }
        let coAttendees = record.coAttendees.map { c in
            PersonPage.CoAttendeeLine(person: entityLink(c.name, key: c.key), count: c.count, meetings: c.meetings.joined(separator: "、"))
        }
        var builder = GraphViewBuilder(store: store)
        // Drawn as `export dot` draws a person: roles counted per meeting name.
        builder.groupsRoles = true
        return PersonPage(site: SiteFrame(title: record.name, links: links), key: record.key, name: record.name,
                          aliases: Self.joined(record.aliases), posts: tenures(record.posts),
                          organizations: tenures(record.organizations), meetings: meetings, coAttendees: coAttendees,
                          diagram: Diagram.draw({ try builder.person(named: key) }, renderer: renderer))
    }
}

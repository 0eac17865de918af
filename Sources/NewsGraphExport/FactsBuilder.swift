import NewsGraphModel

/// Builds an article's facts in the gold format from its mentions, meetings and relations.
///
/// The same builder serves the pipeline's in-memory articles and articles read back from the
/// store, so `facts` and `eval` see exactly what the graph holds.
public enum FactsBuilder {
    /// Organisation mentions that are not named bodies of their own.
    static let excludedOrgRules: Set<String> = ["org.subunit", "org.ellipsis"]
    /// Posts someone is given or leaves in the article (`甲同志任…`, `甲同志不再担任…职务`): changes of
    /// post, kept in the graph as such, not titles the person is printed with (the annotation guide's
    /// rule, as `任命甲为…` and `免去甲的…职务` give none).
    static let postChangeRules: Set<String> = ["post.appointed", "post.ended"]

    public static func facts(id: String, source: String, issueDate: String?, headline: String?, text: String?,
                             mentions: [Mention], meetings: [Meeting], relations: [Relation], bodyLength: Int? = nil) -> ArticleFacts {
        let sorted = mentions.sorted { $0.span < $1.span }
        var persons: [ArticleFacts.Person] = []
        for m in sorted where m.kind == .person && !persons.contains(where: { $0.name == m.name }) {
            persons.append(ArticleFacts.Person(name: m.name, titles: []))
        }
        for r in relations.sorted(by: { $0.evidence < $1.evidence }) where r.kind == .holdsPost && !postChangeRules.contains(r.rule) {
            guard let who = r.subject?.name, let k = persons.firstIndex(where: { $0.name == who }) else { continue }
            if !persons[k].titles.contains(r.object.name) { persons[k].titles.append(r.object.name) }
        }
        let meetingSpans = sorted.filter { $0.kind == .meeting && $0.rule == "meeting.named" }.map(\.span)
        let postSpans = sorted.filter { $0.kind == .title }.map(\.span)
        let organPostSpans = sorted.filter { $0.kind == .title && $0.rule == "title.organ+head" }.map(\.span)
        let titleSpans = text.map(Self.bookTitleSpans) ?? []
        var organizations: [String] = []
        let orgs = sorted.filter { $0.kind == .organization }
        // A department named on its own (湖北省委组织部汇报), not as the seat of a post (一汽集团人力资源部|管理员).
        func listedDepartment(_ d: Mention) -> Bool {
            d.rule == "org.subunit" && d.name != d.text && !postSpans.contains { $0.contains(d.span) || $0.start == d.span.end }
        }
        for var m in orgs {
            // A department is listed with its parent's name, over the span of both; the parent printed
            // only before such a department is not listed on its own.
            if m.rule == "org.subunit" {
                guard listedDepartment(m), let parent = orgs.last(where: { $0.span.end == m.span.start }) else { continue }
                m.span = Span(parent.span.start, m.span.end)
            } else if excludedOrgRules.contains(m.rule) || orgs.contains(where: { listedDepartment($0) && $0.span.start == m.span.end }) {
                continue
            }
            // Part of a meeting's name (十三届全国人大|五次会议), or of a credit line after the body (来源：吉林广播电视台).
            if meetingSpans.contains(where: { $0.contains(m.span) }) { continue }
            if let bodyLength, m.span.start >= bodyLength { continue }
            // A short leading body printed only as part of a post (省委|书记, 省政府|秘书长) is the post's
            // seat, not a body the article names; longer ones (中国农业大学|校长) are named bodies.
            // A party's committee (民建省委|主委) is a body of its own wherever it is printed.
            let ownBody = m.rule == "org.china-arm" || m.rule == "org.party-committee"
            if m.name.count <= 4 && !ownBody && postSpans.contains(where: { $0.contains(m.span) && $0 != m.span }) { continue }
            // A Party or state organ printed as the seat of a post (省人民检察院|检察长) is part of the post.
            if !ownBody && organPostSpans.contains(where: { $0.contains(m.span) && $0 != m.span }) { continue }
            // A body inside a title in 《》 is part of a document's name (《某某省人民政府关于…的通知》).
            if titleSpans.contains(where: { $0.contains(m.span) }) { continue }
            if !organizations.contains(m.name) { organizations.append(m.name) }
        }
        var policies: [String] = []
        for m in sorted where m.kind == .policy && !policies.contains(m.name) { policies.append(m.name) }
        let meetingFacts = meetings.sorted { $0.span < $1.span }.map { meeting -> ArticleFacts.MeetingFacts in
            func names(_ kind: RelationKind) -> [String] {
                var out: [String] = []
                let rs = relations.filter { $0.kind == kind && $0.object == meeting.ref }
                    .sorted { ($0.evidence.start, $0.ordinal ?? 0) < ($1.evidence.start, $1.ordinal ?? 0) }
                for r in rs { if let n = r.subject?.name, !out.contains(n) { out.append(n) } }
                return out
            }
            return ArticleFacts.MeetingFacts(name: meeting.name, aliases: meeting.aliases.isEmpty ? nil : meeting.aliases,
                                             date: meeting.date?.isComplete == true ? meeting.date!.iso : nil, place: meeting.place,
                                             presided: names(.presided), spoke: names(.spoke), attended: names(.attended),
                                             reported: names(.reported))
        }
        return ArticleFacts(id: id, source: source, issueDate: issueDate, headline: headline, text: text, persons: persons,
                            organizations: organizations, meetings: meetingFacts, policies: policies)
    }

    /// The facts of an article the pipeline has just analysed.
    public static func facts(of article: Article, in document: Document) -> ArticleFacts {
        facts(id: "\(document.path)#\(article.ordinal)", source: document.path, issueDate: document.issue.date?.iso,
              headline: article.headline, text: article.body, mentions: article.mentions, meetings: article.meetings,
              relations: article.relations, bodyLength: article.bodyLength)
    }
}

import NewsGraphStore

extension FactsBuilder {
    /// The facts of an article read back from the store.
    public static func facts(_ stored: StoredArticle) -> ArticleFacts {
        let meetings = stored.meetings.map { m -> Meeting in
            var m = m
            m.aliases = m.aliases.filter { $0.unicodeScalars.count >= 4 }
            return m
        }
        return facts(id: stored.row.key, source: stored.row.sourcePath, issueDate: stored.row.issueDate, headline: stored.row.headline,
                     text: String(stored.row.text.prefix(max(0, stored.row.text.count))), mentions: stored.mentions, meetings: meetings,
                     relations: stored.relations, bodyLength: stored.row.bodyLength)
    }
}

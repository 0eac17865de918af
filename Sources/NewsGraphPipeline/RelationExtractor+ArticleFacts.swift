import NewsGraphModel

/// Facts of the article itself: who reported it, where its meetings were held and what it mentions.
extension RelationExtractor {
    func articleRelations(_ article: Article) -> [Relation] {
        var out: [Relation] = []
        if let dl = article.dateline {
            for r in dl.reporters {
                out.append(Relation(kind: .reportedBy, subject: nil, object: EntityRef(.person, r), evidence: dl.span, rule: "article.byline"))
            }
        }
        // A reporter credited under the article (…参加会见。(记者 黄鹭), 来源:黄鹭/文) reported it too.
        let reporters: Set<String> = Set(article.relations.filter { $0.kind == .holdsPost && $0.object.name == "记者" }.compactMap { $0.subject?.name })
        let credited = article.mentions.filter { (m: Mention) -> Bool in m.kind == .person && m.rule == "person.byline" && reporters.contains(m.name) }
        for m in credited where !out.contains(where: { $0.kind == .reportedBy && $0.object.name == m.name }) {
            out.append(Relation(kind: .reportedBy, subject: nil, object: EntityRef(.person, m.name), evidence: m.span, rule: "article.credit"))
        }
        for m in article.meetings {
            if let place = m.place {
                out.append(Relation(kind: .heldIn, subject: m.ref, object: EntityRef(.place, place), evidence: m.span, rule: "meeting.place", date: m.date))
            }
            if let series = m.series {
                out.append(Relation(kind: .partOf, subject: m.ref, object: EntityRef(.meeting, series), evidence: m.span, rule: "meeting.series", date: m.date))
            }
            out.append(Relation(kind: .mentions, subject: nil, object: m.ref, evidence: m.span, rule: "article.mentions", date: m.date))
        }
        var seen: Set<EntityRef> = []
        for m in article.mentions where m.kind == .policy || m.kind == .organization && m.rule != "org.ellipsis" {
            guard let kind = m.kind.entityKind else { continue }
            let ref = EntityRef(kind, m.name)
            guard seen.insert(ref).inserted else { continue }
            out.append(Relation(kind: .mentions, subject: nil, object: ref, evidence: m.span, rule: "article.mentions"))
        }
        return out
    }
}

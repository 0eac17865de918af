import GRDB
import NewsGraphModel

extension GraphStore {
    /// Every article with its mentions, meetings and relations, in `articles()` order.
    ///
    /// This is what `facts` prints and `eval` scores, so it reads the graph exactly as stored.
    public func storedArticles() throws -> [StoredArticle] {
        let rows = try articles()
        return try reading("cannot read the stored facts") { db in
            var mentionsByArticle: [Int64: [Mention]] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT m.article_id, m.kind, m.start, m."end", m.text, m.rule, m.value, IFNULL(m.name, e.name) AS name
                FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
                ORDER BY m.article_id, m.start, m."end", m.id
                """) {
                guard let kind = MentionKind(rawValue: r["kind"]) else { continue }
                let m = Mention(kind: kind, span: Span(r["start"], r["end"]), text: r["text"], name: r["name"] ?? r["text"],
                                rule: r["rule"], value: r["value"])
                mentionsByArticle[r["article_id"], default: []].append(m)
            }
            var relationsByArticle: [Int64: [Relation]] = [:]
            var meetingsByArticle: [Int64: [Meeting]] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT r.article_id, r.kind, r.start, r."end", r.rule, r.ordinal, r.date, r.detail,
                       s.kind AS subject_kind, s.name AS subject_name,
                       o.id AS object_id, o.kind AS object_kind, o.name AS object_name, o.date AS object_date,
                       o.place AS object_place, o.series AS object_series
                FROM relations r JOIN entities o ON o.id = r.object_id LEFT JOIN entities s ON s.id = r.subject_id
                ORDER BY r.article_id, r.start, r.kind, IFNULL(r.ordinal, -1), r.id
                """) {
                guard let kind = RelationKind(rawValue: r["kind"]), let objectKind = EntityKind(rawValue: r["object_kind"]) else { continue }
                let subject: EntityRef? = (r["subject_kind"] as String?).flatMap(EntityKind.init(rawValue:)).map { EntityRef($0, r["subject_name"]) }
                let object = EntityRef(objectKind, r["object_name"])
                let article: Int64 = r["article_id"]
                let span = Span(r["start"], r["end"])
                relationsByArticle[article, default: []].append(Relation(
                    kind: kind, subject: subject, object: object, evidence: span, rule: r["rule"], ordinal: r["ordinal"],
                    date: (r["date"] as String?).flatMap(SimpleDate.init(iso:)), detail: r["detail"]))
                if kind == .mentions, objectKind == .meeting, !(meetingsByArticle[article]?.contains { $0.name == object.name } ?? false) {
                    let objectId: Int64 = r["object_id"]
                    let aliases = try String.fetchAll(db, sql: "SELECT alias FROM aliases WHERE entity_id = ? AND alias <> ? ORDER BY alias",
                                                      arguments: [objectId, object.name])
                    meetingsByArticle[article, default: []].append(Meeting(
                        name: object.name, aliases: aliases, date: (r["object_date"] as String?).flatMap(SimpleDate.init(iso:)),
                        place: r["object_place"], series: r["object_series"], isMain: false, span: span, rule: r["rule"]))
                }
            }
            return rows.map { row in
                StoredArticle(row: row, mentions: mentionsByArticle[row.id] ?? [], meetings: meetingsByArticle[row.id] ?? [],
                              relations: relationsByArticle[row.id] ?? [])
            }
        }
    }
}

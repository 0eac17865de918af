import GRDB
import NewsGraphModel

extension GraphStore {
    /// The persons of the graph, those printed in the most articles first (then by key).
    ///
    /// `containing` keeps names that contain it; `from` and `to` (`YYYY-MM-DD`, inclusive) keep
    /// persons seen in an issue of that range; `top` keeps the first so many.
    public func people(containing part: String? = nil, from: String? = nil, to: String? = nil, top: Int? = nil) throws -> [PersonSummary] {
        try reading("cannot list the people") { db in
            var filters = ["e.kind = 'person'"]
            var arguments: StatementArguments = []
            if let part, !part.isEmpty {
                filters.append("instr(e.name, ?) > 0")
                arguments += [EntityKey.normalized(part)]
            }
            var seen = ""
            if from != nil || to != nil {
                seen = " AND i.issue_date IS NOT NULL"
                if let from { seen += " AND i.issue_date >= ?"; arguments += [from] }
                if let to { seen += " AND i.issue_date <= ?"; arguments += [to] }
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.id, e.key, e.name, COUNT(DISTINCT m.article_id) AS articles, COUNT(m.id) AS mentions,
                       MIN(i.issue_date) AS first_seen, MAX(i.issue_date) AS last_seen
                FROM entities e JOIN mentions m ON m.entity_id = e.id
                JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
                WHERE \(filters.joined(separator: " AND "))\(seen)
                GROUP BY e.id
                ORDER BY articles DESC, mentions DESC, e.key
                """ + (top.map { " LIMIT \(max(0, $0))" } ?? ""), arguments: arguments)
            let (placeholders, roles) = Self.meetingRolePlaceholders
            return try rows.map { row in
                let id: Int64 = row["id"]
                let meetings = try Int.fetchOne(db, sql: """
                    SELECT COUNT(DISTINCT r.object_id) FROM relations r JOIN entities o ON o.id = r.object_id
                    WHERE r.subject_id = ? AND o.kind = 'meeting' AND r.kind IN (\(placeholders))
                    """, arguments: [id] + StatementArguments(roles)) ?? 0
                let posts = try String.fetchAll(db, sql: """
                    SELECT o.name FROM relations r JOIN entities o ON o.id = r.object_id
                    WHERE r.subject_id = ? AND r.kind = 'holds_post'
                    GROUP BY o.name ORDER BY COUNT(DISTINCT r.article_id) DESC, o.name LIMIT 3
                    """, arguments: [id])
                return PersonSummary(key: EntityKey.qualified(kind: EntityKind.person.rawValue, key: row["key"]), name: row["name"],
                                     articles: row["articles"], mentions: row["mentions"], meetings: meetings,
                                     firstSeen: row["first_seen"], lastSeen: row["last_seen"], posts: posts)
            }
        }
    }

    /// The meetings of the graph, oldest first (undated last), then by name and key.
    ///
    /// `from` and `to` (`YYYY-MM-DD`, inclusive) keep meetings dated within them (an undated
    /// meeting is then left out); `place` keeps meetings whose place contains it; `kind` keeps
    /// meetings of that kind (`MeetingSummary.kind(of:)`).
    public func meetingList(from: String? = nil, to: String? = nil, place: String? = nil, kind: String? = nil) throws -> [MeetingSummary] {
        let (placeholders, roles) = Self.meetingRolePlaceholders
        let all = try reading("cannot list the meetings") { db in
            try Row.fetchAll(db, sql: """
                SELECT e.key, e.name, e.date, e.place,
                       (SELECT COUNT(DISTINCT r.subject_id) FROM relations r
                        WHERE r.object_id = e.id AND r.kind IN (\(placeholders))) AS people,
                       (SELECT COUNT(DISTINCT r.article_id) FROM relations r WHERE r.object_id = e.id) AS articles
                FROM entities e WHERE e.kind = 'meeting'
                """, arguments: StatementArguments(roles))
        }
        let meetings = all.map { row in
            MeetingSummary(key: EntityKey.qualified(kind: EntityKind.meeting.rawValue, key: row["key"]), name: row["name"],
                           date: row["date"], place: row["place"], kind: MeetingSummary.kind(of: row["name"]),
                           people: row["people"], articles: row["articles"])
        }
        return meetings.filter { m in
            if let kind, m.kind != kind { return false }
            if let place, !(m.place?.contains(place) ?? false) { return false }
            guard from != nil || to != nil else { return true }
            guard let date = m.date, SimpleDate(iso: date)?.isComplete == true else { return false }
            return (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
        }.sorted { a, b in
            if let order = Self.dateOrder(a.date.flatMap { $0.count == 10 ? $0 : nil }, b.date.flatMap { $0.count == 10 ? $0 : nil }) {
                return order
            }
            return (a.name, a.key) < (b.name, b.key)
        }
    }

    /// The `limit` entities of each kind printed in the most articles (then by key): `stats --top`.
    public func topEntities(limit: Int) throws -> [EntityKind: [(key: String, name: String, articles: Int)]] {
        try reading("cannot rank the entities") { db in
            var out: [EntityKind: [(key: String, name: String, articles: Int)]] = [:]
            for kind in EntityKind.allCases {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT e.key, e.name, COUNT(DISTINCT m.article_id) AS articles
                    FROM entities e JOIN mentions m ON m.entity_id = e.id
                    WHERE e.kind = ? GROUP BY e.id ORDER BY articles DESC, e.key LIMIT ?
                    """, arguments: [kind.rawValue, max(0, limit)])
                out[kind] = rows.map { (EntityKey.qualified(kind: kind.rawValue, key: $0["key"]), $0["name"], $0["articles"]) }
            }
            return out
        }
    }
}

import GRDB
import NewsGraphModel

extension GraphStore {
    /// One link per (subject, object, relation kind): the first `links(entityKinds:relationKinds:touching:from:to:)`
    /// would return for it, so its ordinal is the lowest the pair has (unnumbered only when none is numbered).
    ///
    /// The same filters as `links`, applied to every relation before the pairs are formed. Ordered as
    /// `links` orders them: subject (kind, name, id), object (kind, name, id), relation kind, each text
    /// compared byte for byte as SQLite compares it.
    ///
    /// The relations are read in one pass in storage order, without sorting (`FirstLinkRanking`
    /// keeps each pair's best relation in a hash table); the ends, each article's issue day and
    /// the winners' detail and evidence start are read once each. A drawing of the whole graph so
    /// costs one cheap row per relation and no sort of them in SQL.
    public func firstLinks(entityKinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil,
                           touching entityIds: [Int64]? = nil, from: String? = nil, to: String? = nil) throws -> [LinkRow] {
        if entityKinds?.isEmpty == true || relationKinds?.isEmpty == true || entityIds?.isEmpty == true { return [] }
        return try reading("cannot read the links of the graph") { db in
            let ends = try Self.linkEnds(in: db)
            let days = try Self.articleDays(in: db)
            var ranking = FirstLinkRanking(entityKinds: entityKinds, relationKinds: relationKinds,
                                           touching: entityIds.map(Set.init), from: from, to: to)
            // Unordered: the pairs are formed in a hash table, so SQLite neither sorts nor joins.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, kind, subject_id, object_id, ordinal, date, article_id
                FROM relations WHERE subject_id IS NOT NULL
                """)
            while let row = try rows.next() {
                let subject: Int64 = row[2]
                let object: Int64 = row[3]
                let article: Int64 = row[6]
                // As the joins of `links` do: a relation without its ends or its article's issue is not a link.
                guard let subjectEnd = ends[subject], let objectEnd = ends[object], let issueDay = days[article] else { continue }
                let kindName: String = row[1]
                let ownDate: String? = row[5]
                ranking.consider(FirstLinkRanking.Candidate(
                    relationId: row[0], kind: try Self.relationKind(kindName), subject: subjectEnd, object: objectEnd,
                    ordinal: row[4], day: FirstLinkRanking.day(ownDate: ownDate, issueDay: issueDay), articleId: article))
            }
            let winners = ranking.winners()
            let extras = try Self.detailsAndStarts(of: winners.map(\.relationId), in: db)
            return winners.map { winner in
                let extra = extras[winner.relationId]
                return LinkRow(relationId: winner.relationId, kind: winner.kind, subject: winner.subject, object: winner.object,
                               ordinal: winner.ordinal, day: winner.day, detail: extra?.detail, articleId: winner.articleId,
                               evidenceStart: extra?.start ?? 0)
            }
        }
    }

    /// Every entity as a link end, by id.
    static func linkEnds(in db: Database) throws -> [Int64: LinkRow.End] {
        var ends: [Int64: LinkRow.End] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, kind, name, key, date FROM entities")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            ends[id] = LinkRow.End(id: id, kind: try entityKind(row[1]), name: row[2], key: row[3], date: row[4])
        }
        return ends
    }

    /// Each article's issue date (nil when the issue has none), by article id; articles whose issue is
    /// missing are left out.
    static func articleDays(in db: Database) throws -> [Int64: String?] {
        var days: [Int64: String?] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT a.id, i.issue_date FROM articles a JOIN issues i ON i.id = a.issue_id")
        while let row = try rows.next() {
            let day: String? = row[1]
            days[row[0]] = .some(day)
        }
        return days
    }

    /// The detail and evidence start of the relations `ids`, by id, read in one statement (the ids are
    /// bound as one JSON array).
    static func detailsAndStarts(of ids: [Int64], in db: Database) throws -> [Int64: (detail: String?, start: Int)] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: (detail: String?, start: Int)] = [:]
        out.reserveCapacity(ids.count)
        let json = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.id, r.detail, r.start FROM json_each(?) j CROSS JOIN relations r ON r.id = j.value
            """, arguments: [json])
        while let row = try rows.next() {
            out[row[0]] = (row[1], row[2])
        }
        return out
    }
}

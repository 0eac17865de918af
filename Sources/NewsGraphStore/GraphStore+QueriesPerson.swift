import GRDB
import NewsGraphModel

extension GraphStore {
    /// What the graph says about the person `personId`; nil when there is no such person.
    ///
    /// Posts come from `holds_post` relations (grouped by post and the organisation printed
    /// with it), organisations from `affiliated_with`, meetings from the meeting roles, and
    /// co-attendees are the other persons with a role at any of those meetings. See
    /// `PersonRecord` for the orders.
    public func personRecord(id personId: Int64) throws -> PersonRecord? {
        try reading("cannot read person \(personId)") { db in
            guard let person = try Self.entityRow(id: personId, in: db), person.kind == .person else { return nil }
            let posts = try Self.tenures(of: personId, kind: .holdsPost, byOrganization: true, in: db)
            let organizations = try Self.tenures(of: personId, kind: .affiliatedWith, byOrganization: false, in: db)
            let meetings = try Self.meetings(ofParticipant: personId, in: db)
            var record = PersonRecord(entityId: personId, name: person.name, aliases: person.aliases.filter { $0 != person.name },
                                      posts: posts, organizations: organizations, meetings: meetings,
                                      coAttendees: try Self.coAttendees(of: personId, at: meetings, in: db))
            record.key = EntityKey.qualified(kind: EntityKind.person.rawValue, key: person.key)
            return record
        }
    }

    /// The objects of `kind` relations from `subject`, with first and last date seen.
    ///
    /// With `byOrganization`, the same post printed with different organisations (the
    /// relation's detail) is kept apart.
    static func tenures(of subject: Int64, kind: RelationKind, byOrganization: Bool,
                        in db: Database) throws -> [PersonRecord.Tenure] {
        // Only what a tenure keeps: no article text, no subject.
        // Read row by row: a cursor's rows find their columns by name through a table, copied rows by search.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT o.name AS object_name, r.detail, r.rule, r.date, r.article_id, a.ordinal AS article_ordinal,
                   i.issue_date, i.content_hash
            FROM relations r
            JOIN entities o ON o.id = r.object_id
            JOIN articles a \(articleCover)ON a.id = r.article_id
            JOIN issues i \(issueCover)ON i.id = a.issue_id
            WHERE r.subject_id = ? AND r.kind = ?
            """ + relationInContextOrder, arguments: [subject, kind.rawValue])
        var order: [String] = []
        var byKey: [String: PersonRecord.Tenure] = [:]
        while let row = try rows.next() {
            let name: String = row["object_name"]
            let organization: String? = byOrganization ? row["detail"] : nil
            let key = name + "\u{1F}" + (organization ?? "")
            let date = relationDate(row)
            let articleId: Int64 = row["article_id"]
            let articleKey = EntityKey.article(contentHash: row["content_hash"], ordinal: row["article_ordinal"])
            guard var tenure = byKey[key] else {
                order.append(key)
                var first = PersonRecord.Tenure(name: name, organization: organization, firstSeen: date, lastSeen: date,
                                                articleIds: [articleId])
                first.articleKeys = [articleKey]
                Self.noteChange(row, date: date, in: &first)
                byKey[key] = first
                continue
            }
            if let date {
                if tenure.firstSeen.map({ date < $0 }) ?? true { tenure.firstSeen = date }
                if tenure.lastSeen.map({ date > $0 }) ?? true { tenure.lastSeen = date }
            }
            Self.noteChange(row, date: date, in: &tenure)
            if !tenure.articleIds.contains(articleId) { tenure.articleIds.append(articleId) }
            if !tenure.articleKeys.contains(articleKey) { tenure.articleKeys.append(articleKey) }
            byKey[key] = tenure
        }
        return order.compactMap { byKey[$0] }.sorted { a, b in
            if let order = dateOrder(a.firstSeen, b.firstSeen) { return order }
            if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
            return (a.organization ?? "").unicodeScalars.lexicographicallyPrecedes((b.organization ?? "").unicodeScalars)
        }
    }

    /// Records when a post began or ended, for relations made by `PostChangeExtractor`.
    static func noteChange(_ row: Row, date: String?, in tenure: inout PersonRecord.Tenure) {
        guard let date, let rule: String = row["rule"] else { return }
        if rule == "post.appointed", tenure.began.map({ date < $0 }) ?? true { tenure.began = date }
        if rule == "post.ended", tenure.ended.map({ date > $0 }) ?? true { tenure.ended = date }
    }

    /// The other persons with a role at `meetings`, most shared meetings first, then in the order
    /// first seen (the oldest meeting first, its people in text and print order).
    static func coAttendees(of personId: Int64, at meetings: [PersonMeeting], in db: Database) throws -> [PersonRecord.CoAttendee] {
        let (placeholders, roles) = meetingRolePlaceholders
        // Every meeting's people in one read: the meetings' ids are bound as one JSON array, and the
        // read starts from them (CROSS JOIN), each meeting's roles found through `relations_by_object`,
        // rather than from every role relation of the graph.
        let ids = "[" + meetings.map { String($0.meetingId) }.joined(separator: ",") + "]"
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.object_id AS meeting_id, s.id, s.name, s.key
            FROM json_each(?) m CROSS JOIN relations r ON r.object_id = m.value JOIN entities s ON s.id = r.subject_id
            JOIN articles a \(articleCover)ON a.id = r.article_id JOIN issues i \(issueCover)ON i.id = a.issue_id
            WHERE s.kind = ? AND s.id <> ? AND r.kind IN (\(placeholders))
            ORDER BY i.issue_date, i.source_path, a.ordinal, r.start, r.ordinal IS NULL, r.ordinal, r.id
            """, arguments: [ids, EntityKind.person.rawValue, personId] + StatementArguments(roles))
        /// One person with a role at a meeting.
        struct Seen {
            var id: Int64
            var name: String
            var key: String
        }
        var rowsOfMeeting: [Int64: [Seen]] = [:]
        while let row = try rows.next() {
            rowsOfMeeting[row["meeting_id"], default: []].append(Seen(id: row["id"], name: row["name"], key: row["key"]))
        }
        var order: [Int64] = []
        var byId: [Int64: PersonRecord.CoAttendee] = [:]
        for meeting in meetings {
            for seen in rowsOfMeeting[meeting.meetingId] ?? [] {
                let id = seen.id
                if byId[id] == nil {
                    order.append(id)
                    var attendee = PersonRecord.CoAttendee(entityId: id, name: seen.name, meetings: [])
                    attendee.key = EntityKey.qualified(kind: EntityKind.person.rawValue, key: seen.key)
                    byId[id] = attendee
                }
                if byId[id]?.meetings.last != meeting.meeting { byId[id]?.meetings.append(meeting.meeting) }
            }
        }
        // Stable: equal counts keep the order first seen (oldest meeting, print order).
        let seen = order.compactMap { byId[$0] }
        return seen.indices.sorted { i, j in
            seen[i].count != seen[j].count ? seen[i].count > seen[j].count : i < j
        }.map { seen[$0] }
    }
}

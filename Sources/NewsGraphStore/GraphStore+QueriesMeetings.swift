import GRDB
import NewsGraphModel

extension GraphStore {
    /// The meetings that answer `query`, each with its people by role and the evidence.
    ///
    /// Meetings match by name or alias as `MeetingNameMatcher` says. A matching series
    /// (`省政府2022年常务会议`) that has no roles of its own stands for its numbered meetings,
    /// which are listed instead. With `date` (`YYYY-MM-DD`), only meetings on that date are
    /// kept. Ordered by date (undated last), name and id; empty when nothing matches.
    public func meetingAttendance(matching query: String, on date: String? = nil) throws -> [MeetingAttendance] {
        try reading("cannot list the meetings matching \(query)") { db in
            let matched = try Self.meetingIds(matching: query, in: db)
            let membersOfSeries = try Self.seriesMembers(of: matched, in: db)
            var ids: [Int64] = []
            var listed: Set<Int64> = []
            for id in matched {
                for member in membersOfSeries[id] ?? [id] where listed.insert(member).inserted { ids.append(member) }
            }
            let attendances = try Self.attendances(meetingIds: ids, in: db)
            var out: [MeetingAttendance] = []
            for id in ids {
                let attendance = attendances[id]
                if let date, !Self.sameDay(attendance?.date, date) { continue }
                if let attendance { out.append(attendance) }
            }
            return out.sorted { a, b in
                if let order = Self.dateOrder(a.date, b.date) { return order }
                if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
                return a.meetingId < b.meetingId
            }
        }
    }

    /// The meetings the entity `participantId` presided, spoke at, attended or reported to.
    ///
    /// `from` and `to` (`YYYY-MM-DD`, inclusive) keep only meetings dated within them; an
    /// undated meeting is then left out. Ordered oldest first (undated last), then by name.
    public func meetings(ofParticipant participantId: Int64, from: String? = nil, to: String? = nil) throws -> [PersonMeeting] {
        try reading("cannot list the meetings of entity \(participantId)") { db in
            try Self.meetings(ofParticipant: participantId, in: db).filter { meeting in
                guard from != nil || to != nil else { return true }
                guard let date = meeting.date, SimpleDate(iso: date) != nil else { return false }
                return (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
            }
        }
    }

    // MARK: Pieces

    /// The ids of the meeting entities whose name or alias answers `query`, by id.
    static func meetingIds(matching query: String, in db: Database) throws -> [Int64] {
        // The entities are scanned in id order (`NOT INDEXED`), each with its aliases in order from
        // `aliases`' own index: rows come out in the order asked for, with no sort of them all (by
        // `(kind, key)` SQLite would find the meetings in key order and then sort every row).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, x.alias
            FROM entities e NOT INDEXED LEFT JOIN aliases x ON x.entity_id = e.id
            WHERE e.kind = ?
            ORDER BY e.id, x.alias
            """, arguments: [EntityKind.meeting.rawValue])
        var order: [Int64] = []
        var names: [Int64: (name: String, aliases: [String])] = [:]
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if names[id] == nil {
                order.append(id)
                names[id] = (row[1], [])
            }
            if let alias: String = row[2] { names[id]?.aliases.append(alias) }
        }
        let matches = MeetingNameMatcher.matcher(for: query)
        return order.filter { id in
            guard let entry = names[id] else { return false }
            return matches(entry.name, entry.aliases)
        }
    }

    /// The numbered meetings of each of the series `ids` that has no roles of its own, by series.
    ///
    /// Two reads for all of them: which of `ids` have roles, then the meetings that are part of the
    /// others, each series' members in id order. A series without members is left out.
    static func seriesMembers(of ids: [Int64], in db: Database) throws -> [Int64: [Int64]] {
        guard !ids.isEmpty else { return [:] }
        let (placeholders, roles) = meetingRolePlaceholders
        let withRoles = Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT r.object_id FROM relations r
            WHERE r.object_id IN (SELECT value FROM json_each(?)) AND r.kind IN (\(placeholders))
            """, arguments: ["[" + ids.sorted().map(String.init).joined(separator: ",") + "]"] + StatementArguments(roles)))
        let series = ids.filter { !withRoles.contains($0) }
        guard !series.isEmpty else { return [:] }
        var members: [Int64: [Int64]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT DISTINCT r.object_id, r.subject_id FROM relations r JOIN entities s ON s.id = r.subject_id
            WHERE r.kind = ? AND r.object_id IN (SELECT value FROM json_each(?)) AND s.kind = ?
            ORDER BY r.object_id, r.subject_id
            """, arguments: [RelationKind.partOf.rawValue, "[" + series.sorted().map(String.init).joined(separator: ",") + "]",
                             EntityKind.meeting.rawValue])
        while let row = try rows.next() { members[row[0], default: []].append(row[1]) }
        return members
    }

    /// Every meeting `participantId` has a role at, oldest first.
    ///
    /// One row per role relation, carrying only what a meeting keeps (no article text); the
    /// first row of each meeting gives its article, whose text is read, once, only when the
    /// title is made from it (see `untitledTexts(of:in:)`).
    static func meetings(ofParticipant participantId: Int64, in db: Database) throws -> [PersonMeeting] {
        let (placeholders, roles) = meetingRolePlaceholders
        // The roles first, from `relations_by_subject_cover` (033), in article order: each article and its
        // issue are then looked up in the order of their covering indexes, a page read once for its run.
        // (`LIMIT -1` keeps that order: SQLite drops the ORDER BY of a subquery that has no LIMIT.)
        let rows = try Row.fetchCursor(db, sql: """
            WITH r AS MATERIALIZED (
                SELECT object_id, kind, date, article_id, start, ordinal, id FROM relations
                WHERE subject_id = ? AND kind IN (\(placeholders)) ORDER BY article_id LIMIT -1)
            SELECT r.object_id, r.kind, o.name AS object_name, o.date AS object_date, o.place AS object_place,
                   o.key AS object_key, r.date, r.article_id, a.headline, a.dateline_text, a.dateline_date,
                   a.ordinal AS article_ordinal, i.paper, i.issue_date, i.page, i.content_hash
            FROM r
            CROSS JOIN articles a \(articleCover)ON a.id = r.article_id
            CROSS JOIN issues i \(issueCover)ON i.id = a.issue_id
            CROSS JOIN entities o ON o.id = r.object_id
            WHERE o.kind = ?
            """ + relationInContextOrder,
            arguments: StatementArguments([participantId]) + StatementArguments(roles) + [EntityKind.meeting.rawValue])
        // The cursor's columns are read by position (GRDB lowercases a name at each read by name), and the
        // copied first rows by positions resolved once (`PositionedRow`).
        var firstRows: [(meetingId: Int64, row: Row)] = []
        var rolesOfMeeting: [Int64: [RelationKind]] = [:]
        while let row = try rows.next() {
            let meetingId: Int64 = row[0]
            let role = try relationKind(row[1])
            if let known = rolesOfMeeting[meetingId] {
                if !known.contains(role) { rolesOfMeeting[meetingId]?.append(role) }
                continue
            }
            firstRows.append((meetingId, row.copy()))
            rolesOfMeeting[meetingId] = [role]
        }
        let positioned = PositionedRow.all(firstRows.map(\.row))
        let texts = try untitledTexts(of: positioned, in: db)
        return zip(firstRows, positioned).map { first, row in
            let meetingId = first.meetingId
            let date: String? = (row["object_date"] as String?) ?? (row["date"] as String?)
                ?? (row["dateline_date"] as String?) ?? (row["issue_date"] as String?)
            let roles = rolesOfMeeting[meetingId] ?? []
            var meeting = PersonMeeting(meetingId: meetingId, meeting: row["object_name"], date: date,
                                        place: row["object_place"], roles: RelationKind.meetingRoles.filter(roles.contains),
                                        article: articleRef(row, text: texts[row["article_id"]] ?? ""))
            meeting.key = EntityKey.qualified(kind: EntityKind.meeting.rawValue, key: row["object_key"])
            return meeting
        }.sorted { a, b in
            if let order = dateOrder(a.date, b.date) { return order }
            if a.meeting != b.meeting { return a.meeting.unicodeScalars.lexicographicallyPrecedes(b.meeting.unicodeScalars) }
            return a.meetingId < b.meetingId
        }
    }

    /// Whether a meeting's date is the day asked for (a date without a year matches on month and day).
    static func sameDay(_ date: String?, _ wanted: String) -> Bool {
        guard let date else { return false }
        return date == wanted || date.count == 5 && wanted.hasSuffix("-" + date)
    }
}

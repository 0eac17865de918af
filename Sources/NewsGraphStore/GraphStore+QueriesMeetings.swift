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
            var ids: [Int64] = []
            for id in matched {
                let members = try Self.seriesMembers(of: id, in: db)
                let expanded = members.isEmpty ? [id] : members
                for member in expanded where !ids.contains(member) { ids.append(member) }
            }
            var out: [MeetingAttendance] = []
            for id in ids {
                let attendance = try Self.attendance(meetingId: id, in: db)
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
            let id: Int64 = row["id"]
            if names[id] == nil {
                order.append(id)
                names[id] = (row["name"], [])
            }
            if let alias: String = row["alias"] { names[id]?.aliases.append(alias) }
        }
        let matches = MeetingNameMatcher.matcher(for: query)
        return order.filter { id in
            guard let entry = names[id] else { return false }
            return matches(entry.name, entry.aliases)
        }
    }

    /// The numbered meetings of the series `id`, when it is a series with no roles of its own.
    static func seriesMembers(of id: Int64, in db: Database) throws -> [Int64] {
        let (placeholders, roles) = meetingRolePlaceholders
        let hasRoles = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM relations WHERE object_id = ? AND kind IN (\(placeholders)))
            """), arguments: StatementArguments([id]) + StatementArguments(roles)) ?? false
        guard !hasRoles else { return [] }
        return try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT r.subject_id FROM relations r JOIN entities s ON s.id = r.subject_id
            WHERE r.kind = ? AND r.object_id = ? AND s.kind = ?
            ORDER BY r.subject_id
            """), arguments: [RelationKind.partOf.rawValue, id, EntityKind.meeting.rawValue])
    }

    /// The attendance of meeting `id`, or nil when there is no such meeting.
    static func attendance(meetingId id: Int64, in db: Database) throws -> MeetingAttendance? {
        guard let meeting = try entityRow(id: id, in: db), meeting.kind == .meeting else { return nil }
        let (placeholders, roles) = meetingRolePlaceholders
        // No article text on the rows: only the first row's article is given, its text read when its title needs it.
        let rows = try Row.fetchAll(db.cachedStatement(sql: relationInContext(titled: false) + """

            WHERE r.object_id = ? AND r.kind IN (\(placeholders))
            """ + relationInContextOrder), arguments: StatementArguments([id]) + StatementArguments(roles))
        let evidenceOfRelation = try evidence(ofRows: rows, in: db)
        var participants: [RoleRow] = []
        var seen: Set<String> = []
        var relationDate: String?
        for role in RelationKind.meetingRoles {
            for row in rows where (row["kind"] as String) == role.rawValue {
                let name: String? = row["subject_name"]
                guard seen.insert(role.rawValue + "\u{1F}" + (name ?? "#\(row["id"] as Int64)")).inserted else { continue }
                let subjectKind: String? = row["subject_kind"]
                let (span, evidence) = try evidenceOfRelation[row["id"]] ?? evidence(of: row, in: db)
                participants.append(RoleRow(
                    relationId: row["id"], role: role, participantId: row["subject_id"],
                    participantKind: try subjectKind.map(entityKind), participantName: name, ordinal: row["ordinal"],
                    articleId: row["article_id"], evidenceSpan: span, evidence: evidence, rule: row["rule"],
                    detail: row["detail"]))
                relationDate = relationDate ?? row["date"]
            }
        }
        var article = try rows.first.map { try articleRef($0, in: db) }
        if article == nil, let first = try Row.fetchOne(db, sql: relationInContext + """

            WHERE r.object_id = ?1 OR r.subject_id = ?1
            """ + relationInContextOrder + " LIMIT 1", arguments: [id]) {
            article = try articleRef(first, in: db)
        }
        var attendance = MeetingAttendance(meetingId: id, name: meeting.name, aliases: meeting.aliases.filter {
                                               $0 != meeting.name && $0.unicodeScalars.count >= MeetingNameMatcher.minimumAliasLength
                                           },
                                           date: meeting.date ?? relationDate, place: meeting.place, series: meeting.series,
                                           article: article, participants: participants)
        attendance.key = EntityKey.qualified(kind: EntityKind.meeting.rawValue, key: meeting.key)
        return attendance
    }

    /// Every meeting `participantId` has a role at, oldest first.
    ///
    /// One row per role relation, carrying only what a meeting keeps (no article text); the
    /// first row of each meeting gives its article, whose text is read, once, only when the
    /// title is made from it (see `untitledTexts(of:in:)`).
    static func meetings(ofParticipant participantId: Int64, in db: Database) throws -> [PersonMeeting] {
        let (placeholders, roles) = meetingRolePlaceholders
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.object_id, r.kind, o.name AS object_name, o.date AS object_date, o.place AS object_place,
                   o.key AS object_key, r.date, r.article_id, a.headline, a.dateline_text, a.dateline_date,
                   a.ordinal AS article_ordinal, i.paper, i.issue_date, i.page, i.content_hash
            FROM relations r
            JOIN entities o ON o.id = r.object_id
            JOIN articles a \(articleCover)ON a.id = r.article_id
            JOIN issues i \(issueCover)ON i.id = a.issue_id
            WHERE r.subject_id = ? AND o.kind = ? AND r.kind IN (\(placeholders))
            """ + relationInContextOrder,
            arguments: StatementArguments([participantId]) + [EntityKind.meeting.rawValue] + StatementArguments(roles))
        var firstRows: [(meetingId: Int64, row: Row)] = []
        var rolesOfMeeting: [Int64: [RelationKind]] = [:]
        while let row = try rows.next() {
            let meetingId: Int64 = row["object_id"]
            let role = try relationKind(row["kind"])
            if let known = rolesOfMeeting[meetingId] {
                if !known.contains(role) { rolesOfMeeting[meetingId]?.append(role) }
                continue
            }
            firstRows.append((meetingId, row.copy()))
            rolesOfMeeting[meetingId] = [role]
        }
        let texts = try untitledTexts(of: firstRows.map(\.row), in: db)
        return firstRows.map { meetingId, row in
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

import GRDB
import NewsGraphModel

extension GraphStore {
    /// The attendance of meeting `id`, or nil when there is no such meeting.
    static func attendance(meetingId id: Int64, in db: Database) throws -> MeetingAttendance? {
        try attendances(meetingIds: [id], in: db)[id]
    }

    /// The attendance of each of the meetings `ids` that is a meeting, by id.
    ///
    /// A handful of reads for all of them, whatever their number (the ids bound as one JSON array):
    /// the meetings with their aliases, every role relation in context (no article text on the
    /// rows), the evidence of those relations, and the texts of the untitled first articles. A
    /// meeting with no role relation is given the first article that names it, read on its own.
    static func attendances(meetingIds ids: [Int64], in db: Database) throws -> [Int64: MeetingAttendance] {
        guard !ids.isEmpty else { return [:] }
        let list = "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
        /// A meeting's own columns.
        struct Meeting {
            var name: String
            var key: String
            var date: String?
            var place: String?
            var series: String?
            var aliases: [String] = []
        }
        var meetings: [Int64: Meeting] = [:]
        let entities = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.key, e.date, e.place, e.series
            FROM json_each(?) x CROSS JOIN entities e ON e.id = x.value WHERE e.kind = ?
            """, arguments: [list, EntityKind.meeting.rawValue])
        while let row = try entities.next() {
            meetings[row[0]] = Meeting(name: row[1], key: row[2], date: row[3], place: row[4], series: row[5])
        }
        guard !meetings.isEmpty else { return [:] }
        // Each meeting's aliases sorted, as `aliases(of:in:)` gives them.
        let aliases = try Row.fetchCursor(db, sql: """
            SELECT x.entity_id, x.alias FROM aliases x WHERE x.entity_id IN (SELECT value FROM json_each(?))
            ORDER BY x.entity_id, x.alias
            """, arguments: [list])
        while let row = try aliases.next() { meetings[row[0]]?.aliases.append(row[1]) }

        let (placeholders, roles) = meetingRolePlaceholders
        // In store order overall, and so in store order within each meeting. Their columns are read by
        // positions resolved once (`PositionedRow`), a dozen reads per row.
        let rows = PositionedRow.all(try Row.fetchAll(db, sql: relationInContext(titled: false) + """

            WHERE r.object_id IN (SELECT value FROM json_each(?)) AND r.kind IN (\(placeholders))
            """ + relationInContextOrder, arguments: StatementArguments([list]) + StatementArguments(roles)))
        var rowsOfMeeting: [Int64: [PositionedRow]] = [:]
        for row in rows { rowsOfMeeting[row["object_id"], default: []].append(row) }
        let evidenceOfRelation = try evidence(ofRows: rows, in: db)
        let firstRows = ids.compactMap { rowsOfMeeting[$0]?.first }
        let texts = try untitledTexts(of: firstRows, in: db)

        var out: [Int64: MeetingAttendance] = [:]
        for id in ids where out[id] == nil {
            guard let meeting = meetings[id] else { continue }
            let rows = rowsOfMeeting[id] ?? []
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
            var article = rows.first.map { articleRef($0, text: texts[$0["article_id"]] ?? "") }
            if article == nil, let first = try Row.fetchOne(db.cachedStatement(sql: relationInContext + """

                WHERE r.object_id = ?1 OR r.subject_id = ?1
                """ + relationInContextOrder + " LIMIT 1"), arguments: [id]) {
                article = try articleRef(first, in: db)
            }
            var attendance = MeetingAttendance(meetingId: id, name: meeting.name, aliases: meeting.aliases.filter {
                                                   $0 != meeting.name && $0.unicodeScalars.count >= MeetingNameMatcher.minimumAliasLength
                                               },
                                               date: meeting.date ?? relationDate, place: meeting.place, series: meeting.series,
                                               article: article, participants: participants)
            attendance.key = EntityKey.qualified(kind: EntityKind.meeting.rawValue, key: meeting.key)
            out[id] = attendance
        }
        return out
    }
}

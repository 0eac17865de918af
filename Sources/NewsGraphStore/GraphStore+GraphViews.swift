import GRDB
import NewsGraphModel

extension GraphStore {
    /// The links between entities, for drawing the graph or a part of it.
    ///
    /// - Parameters:
    ///   - entityKinds: keep only links whose two ends are both of these kinds (all when nil).
    ///   - relationKinds: keep only these relations (all when nil).
    ///   - touching: keep only links with one of these entities at either end (all when nil).
    ///   - from, to: keep only links whose day (`LinkRow.day`) lies within these `YYYY-MM-DD`
    ///     dates, inclusive; an undated link is then left out.
    ///
    /// Ordered by subject (kind, name, id), object (kind, name, id), relation kind, print
    /// ordinal (unnumbered last), day and relation id.
    public func links(entityKinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil,
                      touching entityIds: [Int64]? = nil, from: String? = nil, to: String? = nil) throws -> [LinkRow] {
        guard let (filter, arguments) = Self.linkFilter(entityKinds: entityKinds, relationKinds: relationKinds,
                                                         touching: entityIds, from: from, to: to) else { return [] }
        // Only placeholders are spliced into the SQL; every value is bound.
        let sql = """
            SELECT * FROM (
            \(Self.linkSelect)
            )
            \(filter)
            ORDER BY subject_kind, subject_name, subject_id, object_kind, object_name, object_id, kind,
                     ordinal IS NULL, ordinal, day, id
            """
        return try reading("cannot read the links of the graph") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.linkRow)
        }
    }

    /// The `LinkRow` of a row of `linkSelect`.
    static func linkRow(_ row: Row) throws -> LinkRow {
        LinkRow(relationId: row["id"], kind: try Self.relationKind(row["kind"]),
                subject: LinkRow.End(id: row["subject_id"], kind: try Self.entityKind(row["subject_kind"]),
                                     name: row["subject_name"], key: row["subject_key"], date: row["subject_date"]),
                object: LinkRow.End(id: row["object_id"], kind: try Self.entityKind(row["object_kind"]),
                                    name: row["object_name"], key: row["object_key"], date: row["object_date"]),
                ordinal: row["ordinal"], day: row["day"], detail: row["detail"], articleId: row["article_id"],
                evidenceStart: row["start"])
    }

    /// The `WHERE` clause over `linkSelect`'s columns and its arguments for the filters of
    /// `links(entityKinds:relationKinds:touching:from:to:)`; nil when a filter is empty (nothing passes).
    static func linkFilter(entityKinds: Set<EntityKind>?, relationKinds: Set<RelationKind>?, touching entityIds: [Int64]?,
                           from: String?, to: String?) -> (sql: String, arguments: StatementArguments)? {
        if entityKinds?.isEmpty == true || relationKinds?.isEmpty == true || entityIds?.isEmpty == true { return nil }
        var conditions: [String] = []
        var arguments = StatementArguments()
        func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
        if let entityKinds {
            // Sorted so the statement and its arguments are the same on every run.
            let kinds = entityKinds.sorted().map(\.rawValue)
            conditions.append("subject_kind IN (\(placeholders(kinds.count))) AND object_kind IN (\(placeholders(kinds.count)))")
            arguments += StatementArguments(kinds) + StatementArguments(kinds)
        }
        if let relationKinds {
            let kinds = RelationKind.allCases.filter(relationKinds.contains).map(\.rawValue)
            conditions.append("kind IN (\(placeholders(kinds.count)))")
            arguments += StatementArguments(kinds)
        }
        if let entityIds {
            let ids = Array(Set(entityIds)).sorted()
            conditions.append("(subject_id IN (\(placeholders(ids.count))) OR object_id IN (\(placeholders(ids.count))))")
            arguments += StatementArguments(ids) + StatementArguments(ids)
        }
        if let from {
            conditions.append("day >= ?")
            arguments += [from]
        }
        if let to {
            conditions.append("day <= ?")
            arguments += [to]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// Every drawable relation with both ends and its day: the rows `linkRow(_:)` reads.
    static let linkSelect = """
        SELECT r.id, r.kind, r.ordinal, r.detail, r.article_id, r.start,
               CASE WHEN r.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN r.date
                    ELSE i.issue_date END AS day,
               r.subject_id, s.kind AS subject_kind, s.name AS subject_name, s.key AS subject_key,
               s.date AS subject_date,
               r.object_id, o.kind AS object_kind, o.name AS object_name, o.key AS object_key,
               o.date AS object_date
        FROM relations r
        JOIN entities s ON s.id = r.subject_id
        JOIN entities o ON o.id = r.object_id
        JOIN articles a ON a.id = r.article_id
        JOIN issues i ON i.id = a.issue_id
        """

    /// The attendance of the meeting `meetingId`, as `meetingAttendance(matching:on:)` gives it
    /// for a meeting found by name; nil when there is no such meeting.
    public func meetingAttendance(meetingId: Int64) throws -> MeetingAttendance? {
        try reading("cannot read the roles at meeting \(meetingId)") { db in
            try Self.attendance(meetingId: meetingId, in: db)
        }
    }
}

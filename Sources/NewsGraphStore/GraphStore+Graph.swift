import GRDB
import NewsGraphModel

extension GraphStore {
    /// Entities of `kind` (any kind when nil) whose name or an alias contains `text`.
    ///
    /// A nil or blank `text` matches every entity. Ordered by kind, name and id.
    public func entities(kind: EntityKind? = nil, matching text: String? = nil) throws -> [EntityRow] {
        let needle = text?.trimmingSpaces()
        let pattern = needle?.isEmpty == false ? needle : nil
        return try reading("cannot list the entities") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.id, e.kind, e.name, e.key, e.date, e.place, e.series, e.detail,
                       (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count
                FROM entities e
                WHERE (?1 IS NULL OR e.kind = ?1)
                  AND (?2 IS NULL OR instr(e.name, ?2) > 0
                       OR EXISTS (SELECT 1 FROM aliases x WHERE x.entity_id = e.id AND instr(x.alias, ?2) > 0))
                ORDER BY e.kind, e.name, e.id
                """, arguments: [kind?.rawValue, pattern])
            return try rows.map { row in
                let id: Int64 = row["id"]
                let aliases = try String.fetchAll(db, sql: "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias",
                                                  arguments: [id])
                return EntityRow(id: id, kind: try Self.entityKind(row["kind"]), name: row["name"], key: row["key"],
                                 date: row["date"], place: row["place"], series: row["series"], detail: row["detail"],
                                 aliases: aliases, mentionCount: row["mention_count"])
            }
        }
    }

    /// Every relation the entity `entityId` takes part in, as subject or as object.
    ///
    /// Ordered by issue date, source path, article ordinal, evidence start, kind and id.
    public func relations(of entityId: Int64) throws -> [RelationRow] {
        try reading("cannot list the relations of entity \(entityId)") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, r.kind, r.subject_id, s.kind AS subject_kind, s.name AS subject_name,
                       r.object_id, o.kind AS object_kind, o.name AS object_name, r.article_id,
                       a.headline, a.text AS article_text, i.paper, i.issue_date, i.source_path,
                       r.start, r."end", r.rule, r.ordinal, r.date, r.detail
                FROM relations r
                JOIN entities o ON o.id = r.object_id
                LEFT JOIN entities s ON s.id = r.subject_id
                JOIN articles a ON a.id = r.article_id
                JOIN issues i ON i.id = a.issue_id
                WHERE r.subject_id = ?1 OR r.object_id = ?1
                ORDER BY i.issue_date, i.source_path, a.ordinal, r.start, r.kind, r.id
                """, arguments: [entityId])
            return try rows.map { row in
                let span = Span(row["start"], row["end"])
                let subjectKind: String? = row["subject_kind"]
                return RelationRow(
                    id: row["id"], kind: try Self.relationKind(row["kind"]), subjectId: row["subject_id"],
                    subjectKind: try subjectKind.map(Self.entityKind), subjectName: row["subject_name"],
                    objectId: row["object_id"], objectKind: try Self.entityKind(row["object_kind"]),
                    objectName: row["object_name"], articleId: row["article_id"], headline: row["headline"],
                    paper: row["paper"], issueDate: row["issue_date"], sourcePath: row["source_path"],
                    evidenceSpan: span,
                    evidence: try Self.evidence(article: row["article_id"], span: span, text: row["article_text"], in: db),
                    rule: row["rule"], ordinal: row["ordinal"], date: row["date"], detail: row["detail"])
            }
        }
    }

    /// Who presided, spoke, attended and reported at the meeting `meetingId`.
    ///
    /// Ordered by role in `RelationKind.meetingRoles` order, then print ordinal (unnumbered
    /// last), then article, evidence start and id.
    public func meetingRoles(meetingId: Int64) throws -> [RoleRow] {
        let roles = RelationKind.meetingRoles.map(\.rawValue)
        var arguments = StatementArguments()
        for (rank, role) in roles.enumerated() { arguments += [role, rank] }
        arguments += [meetingId]
        let cases = Array(repeating: "WHEN ? THEN ?", count: roles.count).joined(separator: " ")
        return try reading("cannot list the roles at meeting \(meetingId)") { db in
            // Only placeholders are spliced into the SQL; the role names are bound.
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM (
                    SELECT r.id, r.kind, r.subject_id, s.kind AS subject_kind, s.name AS subject_name,
                           r.ordinal, r.article_id, a.text AS article_text, a.ordinal AS article_ordinal,
                           i.issue_date, i.source_path, r.start, r."end", r.rule, r.detail,
                           CASE r.kind \(cases) END AS role_rank
                    FROM relations r
                    LEFT JOIN entities s ON s.id = r.subject_id
                    JOIN articles a ON a.id = r.article_id
                    JOIN issues i ON i.id = a.issue_id
                    WHERE r.object_id = ?
                )
                WHERE role_rank IS NOT NULL
                ORDER BY role_rank, ordinal IS NULL, ordinal, issue_date, source_path, article_ordinal, start, id
                """, arguments: arguments)
            return try rows.map { row in
                let span = Span(row["start"], row["end"])
                let subjectKind: String? = row["subject_kind"]
                return RoleRow(
                    relationId: row["id"], role: try Self.relationKind(row["kind"]), participantId: row["subject_id"],
                    participantKind: try subjectKind.map(Self.entityKind), participantName: row["subject_name"],
                    ordinal: row["ordinal"], articleId: row["article_id"], evidenceSpan: span,
                    evidence: try Self.evidence(article: row["article_id"], span: span, text: row["article_text"], in: db),
                    rule: row["rule"], detail: row["detail"])
            }
        }
    }

    /// The sentence(s) of an article that cover `span`, or the span's own text without sentences
    /// (from `text`, the article's text, read here when nil).
    static func evidence(article: Int64, span: Span, text: String?, in db: Database) throws -> String {
        let sentences = try String.fetchAll(db, sql: """
            SELECT text FROM sentences
            WHERE article_id = ? AND start < max(?, ? + 1) AND "end" > ?
            ORDER BY ordinal
            """, arguments: [article, span.end, span.start, span.start])
        if !sentences.isEmpty { return sentences.joined() }
        return ScalarText(try text ?? articleText(article, in: db)).string(span)
    }

    /// The entity kind stored in a row, or an error naming the bad value.
    static func entityKind(_ raw: String) throws -> EntityKind {
        guard let kind = EntityKind(rawValue: raw) else {
            throw NewsGraphError(.database, "unknown entity kind \(raw) in the store")
        }
        return kind
    }

    /// The relation kind stored in a row, or an error naming the bad value.
    static func relationKind(_ raw: String) throws -> RelationKind {
        guard let kind = RelationKind(rawValue: raw) else {
            throw NewsGraphError(.database, "unknown relation kind \(raw) in the store")
        }
        return kind
    }
}

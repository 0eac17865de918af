import GRDB
import NewsGraphModel

extension GraphStore {
    /// One link per (subject, object, relation kind): the first `links(entityKinds:relationKinds:touching:from:to:)`
    /// would return for it, so its ordinal is the lowest the pair has (unnumbered only when none is numbered).
    ///
    /// The same filters as `links`, applied to every relation before the pairs are formed. Ordered as
    /// `links` orders them: subject (kind, name, id), object (kind, name, id), relation kind. The
    /// pairs are formed in SQL, so a drawing of the whole graph reads one row per edge rather than
    /// one per relation.
    public func firstLinks(entityKinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil,
                           touching entityIds: [Int64]? = nil, from: String? = nil, to: String? = nil) throws -> [LinkRow] {
        guard let (filter, arguments) = Self.linkFilter(entityKinds: entityKinds, relationKinds: relationKinds,
                                                         touching: entityIds, from: from, to: to) else { return [] }
        // Names and keys are joined to the pairs only, after the relations are ranked within their pair.
        // Only placeholders are spliced into the SQL; every value is bound.
        let sql = """
            SELECT f.id, f.kind, f.ordinal, f.detail, f.article_id, f.start, f.day,
                   f.subject_id, s.kind AS subject_kind, s.name AS subject_name, s.key AS subject_key, s.date AS subject_date,
                   f.object_id, o.kind AS object_kind, o.name AS object_name, o.key AS object_key, o.date AS object_date
            FROM (
                SELECT *, row_number() OVER (PARTITION BY subject_id, object_id, kind
                                             ORDER BY ordinal IS NULL, ordinal, day, id) AS rank_in_pair
                FROM (
                    SELECT r.id, r.kind, r.ordinal, r.detail, r.article_id, r.start,
                           CASE WHEN r.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN r.date
                                ELSE i.issue_date END AS day,
                           r.subject_id, s.kind AS subject_kind, r.object_id, o.kind AS object_kind
                    FROM relations r
                    JOIN entities s ON s.id = r.subject_id
                    JOIN entities o ON o.id = r.object_id
                    JOIN articles a ON a.id = r.article_id
                    JOIN issues i ON i.id = a.issue_id
                )
                \(filter)
            ) f
            JOIN entities s ON s.id = f.subject_id
            JOIN entities o ON o.id = f.object_id
            WHERE f.rank_in_pair = 1
            ORDER BY s.kind, s.name, f.subject_id, o.kind, o.name, f.object_id, f.kind
            """
        return try reading("cannot read the links of the graph") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.linkRow)
        }
    }
}

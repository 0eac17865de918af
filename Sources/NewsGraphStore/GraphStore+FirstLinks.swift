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
        // Only what ranks a relation within its pair is read and ranked: its day comes from a table of
        // each article's issue date made once (not two lookups per relation), and the winners' other
        // fields, names and keys are joined to the pairs only. Only placeholders are spliced into the
        // SQL; every value is bound.
        let sql = """
            WITH article_day AS MATERIALIZED (
                SELECT a.id AS article_id, i.issue_date AS day FROM articles a JOIN issues i ON i.id = a.issue_id
            )
            SELECT r.id, r.kind, r.ordinal, r.detail, r.article_id, r.start, f.day,
                   r.subject_id, s.kind AS subject_kind, s.name AS subject_name, s.key AS subject_key, s.date AS subject_date,
                   r.object_id, o.kind AS object_kind, o.name AS object_name, o.key AS object_key, o.date AS object_date
            FROM (
                SELECT id, day, row_number() OVER (PARTITION BY subject_id, object_id, kind
                                                   ORDER BY ordinal IS NULL, ordinal, day, id) AS rank_in_pair
                FROM (
                    SELECT r.id, r.kind, r.ordinal,
                           CASE WHEN r.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN r.date
                                ELSE d.day END AS day,
                           r.subject_id, s.kind AS subject_kind, r.object_id, o.kind AS object_kind
                    FROM relations r
                    JOIN entities s ON s.id = r.subject_id
                    JOIN entities o ON o.id = r.object_id
                    JOIN article_day d ON d.article_id = r.article_id
                )
                \(filter)
            ) f
            JOIN relations r ON r.id = f.id
            JOIN entities s ON s.id = r.subject_id
            JOIN entities o ON o.id = r.object_id
            WHERE f.rank_in_pair = 1
            ORDER BY s.kind, s.name, r.subject_id, o.kind, o.name, r.object_id, r.kind
            """
        return try reading("cannot read the links of the graph") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.linkRow)
        }
    }
}

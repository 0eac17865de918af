import GRDB
import NewsGraphModel

extension GraphStore {
    /// The entity with row id `id`, or nil.
    ///
    /// For turning the ids that query results carry (a meeting's participants) into keys.
    public func entity(id: Int64) throws -> EntityRow? {
        try reading("cannot read entity \(id)") { db in try Self.entityRow(id: id, in: db) }
    }

    /// The article whose key is `key` (`cf7a147fa542-0`, see `EntityKey.article`), or nil.
    ///
    /// The first 12 hex digits pick the issue by its content hash; the number after `-` is the
    /// article's position on the page. Nil for text that is not an article key.
    public func article(key: String) throws -> ArticleRow? {
        guard EntityKey.isArticleKey(key) else { return nil }
        let parts = key.split(separator: "-")
        let prefix = parts[0].lowercased()
        guard let ordinal = Int(parts[1]) else { return nil }
        return try reading("cannot read article \(key)") { db in
            // A range on the hash, so the index of issues by content hash answers.
            try Row.fetchOne(db, sql: Self.articleSelect + """
                 WHERE i.content_hash >= ?1 AND i.content_hash < ?1 || 'g' AND a.ordinal = ?2
                ORDER BY i.content_hash, a.id LIMIT 1
                """, arguments: [prefix, ordinal]).map(Self.articleRow)
        }
    }

    /// The mentions of article `articleId` in text order (then the longer first), with their entities.
    public func articleMentions(articleId: Int64) throws -> [ArticleMention] {
        try reading("cannot read the mentions of article \(articleId)") { db in
            try Row.fetchAll(db, sql: """
                SELECT m.kind, m.start, m."end", m.text, IFNULL(m.name, IFNULL(e.name, m.text)) AS name,
                       e.kind AS entity_kind, e.key AS entity_key
                FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
                WHERE m.article_id = ?
                ORDER BY m.start, m."end" DESC, m.id
                """, arguments: [articleId]).compactMap { row in
                guard let kind = MentionKind(rawValue: row["kind"]) else { return nil }
                let entityKind = (row["entity_kind"] as String?).flatMap(EntityKind.init(rawValue:))
                let key = entityKind.flatMap { k in (row["entity_key"] as String?).map { EntityKey.qualified(kind: k.rawValue, key: $0) } }
                return ArticleMention(kind: kind, span: Span(row["start"], row["end"]), text: row["text"], name: row["name"],
                                      entityKind: entityKind, entityKey: key)
            }
        }
    }

    /// The timeline of the policy whose key is `key` (within its kind, without `policy:`), or nil.
    public func policyTrace(key: String) throws -> PolicyTrace? {
        try reading("cannot trace the policy \(key)") { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE kind = 'policy' AND key = ?",
                                              arguments: [key]) else { return nil }
            return try Self.trace(policyId: id, in: db)
        }
    }
}

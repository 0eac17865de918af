import GRDB

/// The statements the ingest hot path runs for every sentence, mention, relation and alias,
/// prepared once per connection (SQLite's statement cache) and bound by position.
///
/// Made at the start of each write transaction; the statements belong to its connection and
/// are not used outside it.
struct IngestStatements {
    let insertSentence: Statement
    let insertMention: Statement
    let insertRelation: Statement
    let insertAlias: Statement
    let entityByKey: Statement
    let renameEntity: Statement
    let personMentions: Statement
    let issueByPath: Statement
    let deleteIssue: Statement
    let insertVote: Statement

    init(_ db: Database) throws {
        insertSentence = try db.cachedStatement(sql: """
            INSERT INTO sentences (article_id, ordinal, start, "end", text) VALUES (?, ?, ?, ?, ?)
            """)
        insertMention = try db.cachedStatement(sql: """
            INSERT INTO mentions (article_id, entity_id, kind, start, "end", text, rule, value, name, score)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertRelation = try db.cachedStatement(sql: """
            INSERT INTO relations (kind, subject_id, object_id, article_id, start, "end", rule, ordinal, date, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // UNIQUE (entity_id, alias) keeps one row; a known alias is left as it is.
        insertAlias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)")
        entityByKey = try db.cachedStatement(sql: "SELECT * FROM entities WHERE kind = ? AND key = ?")
        renameEntity = try db.cachedStatement(sql: "UPDATE entities SET name = ? WHERE id = ?")
        personMentions = try db.cachedStatement(sql: """
            SELECT DISTINCT entity_id, name, text FROM mentions
            WHERE kind = 'person' AND name = ? AND entity_id IS NOT NULL ORDER BY entity_id, name, text
            """)
        issueByPath = try db.cachedStatement(sql: "SELECT id, content_hash FROM issues WHERE source_path = ?")
        deleteIssue = try db.cachedStatement(sql: "DELETE FROM issues WHERE id = ?")
        // The key is (article, name, region): the first vote of a region is the one kept.
        insertVote = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO person_votes (article_id, name, region, evidence, post, date) VALUES (?, ?, ?, ?, ?, ?)
            """)
    }
}

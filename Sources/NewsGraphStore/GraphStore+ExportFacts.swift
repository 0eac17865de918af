import GRDB
import NewsGraphModel

extension GraphStore {
    /// How many ids one statement binds; well below SQLite's limit on host parameters.
    static let exportBatchSize = 500

    /// The qualified stable key (`person:韩俊`) of each of the entities `ids`; ids that name
    /// no entity are left out.
    public func qualifiedKeys(of ids: [Int64]) throws -> [Int64: String] {
        let unique = Array(Set(ids)).sorted()
        guard !unique.isEmpty else { return [:] }
        return try reading("cannot read the keys of \(unique.count) entities") { db in
            var keys: [Int64: String] = [:]
            for start in stride(from: 0, to: unique.count, by: Self.exportBatchSize) {
                let batch = Array(unique[start..<min(start + Self.exportBatchSize, unique.count)])
                let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT id, kind, key FROM entities WHERE id IN (\(marks))",
                                            arguments: StatementArguments(batch)) {
                    keys[row["id"]] = EntityKey.qualified(kind: row["kind"], key: row["key"])
                }
            }
            return keys
        }
    }

    /// The day, article key and evidence of each of the relations `ids`; ids that name no
    /// relation are left out.
    public func relationFacts(of ids: [Int64]) throws -> [Int64: RelationFacts] {
        let unique = Array(Set(ids)).sorted()
        guard !unique.isEmpty else { return [:] }
        return try reading("cannot read the evidence of \(unique.count) relations") { db in
            var facts: [Int64: RelationFacts] = [:]
            for start in stride(from: 0, to: unique.count, by: Self.exportBatchSize) {
                let batch = Array(unique[start..<min(start + Self.exportBatchSize, unique.count)])
                let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
                // The evidence sentences are joined here (one row per sentence, in order), not read per relation,
                // and the article's text is read only for a relation no sentence covers.
                let sql = """
                    SELECT r.id, r.article_id, r.start, r."end", a.ordinal, i.content_hash,
                           CASE WHEN r.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN r.date
                                ELSE i.issue_date END AS day,
                           s.text AS sentence_text
                    FROM relations r
                    JOIN articles a ON a.id = r.article_id
                    JOIN issues i ON i.id = a.issue_id
                    LEFT JOIN sentences s ON s.article_id = r.article_id AND s.start < max(r."end", r.start + 1) AND s."end" > r.start
                    WHERE r.id IN (\(marks))
                    ORDER BY r.id, s.ordinal
                    """
                var previous: Int64?
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(batch)) {
                    let id: Int64 = row["id"]
                    let sentence: String? = row["sentence_text"]
                    if id == previous, let sentence {
                        facts[id]?.evidence += sentence
                        continue
                    }
                    previous = id
                    let span = Span(row["start"], row["end"])
                    let evidence = try sentence
                        ?? Self.evidence(article: row["article_id"], span: span, text: nil, in: db)
                    facts[id] = RelationFacts(date: row["day"],
                                              article: EntityKey.article(contentHash: row["content_hash"], ordinal: row["ordinal"]),
                                              evidence: evidence)
                }
            }
            return facts
        }
    }
}

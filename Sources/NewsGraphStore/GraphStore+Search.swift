import GRDB
import NewsGraphModel

extension GraphStore {
    /// Articles whose headline or text contains `text`, with a marked snippet each.
    ///
    /// A query of three or more characters uses the FTS5 trigram index (`MATCH` on the query
    /// as one quoted phrase) and returns the best-ranked articles first; a query of one or two
    /// characters, too short for trigrams, scans the articles with `instr` in `articles()` order
    /// and stops at `limit`. Both paths return the same shape. The query is matched against the
    /// simplified text: convert a traditional-script query before calling. Leading and
    /// trailing white space is ignored; an empty query finds nothing.
    public func search(text: String, limit: Int = 20) throws -> [SearchHit] {
        let query = text.trimmingSpaces()
        guard !query.isEmpty, limit > 0 else { return [] }
        let rows: [Row] = try reading("cannot search for \(query)") { db in
            if query.unicodeScalars.count >= 3 {
                let phrase = "\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                return try Row.fetchAll(db, sql: """
                    SELECT a.id, a.headline, a.text, a.ordinal, i.content_hash
                    FROM articles_fts f JOIN articles a ON a.id = f.rowid JOIN issues i ON i.id = a.issue_id
                    WHERE articles_fts MATCH ?
                    ORDER BY f.rank, i.issue_date, i.source_path, a.ordinal, a.id
                    LIMIT ?
                    """, arguments: [phrase, limit])
            }
            // Issues in date order (`issues_by_date`), then their articles: the scan stops at the limit
            // instead of testing every article and sorting the matches. CROSS JOIN keeps that loop order.
            return try Row.fetchAll(db, sql: """
                SELECT a.id, a.headline, a.text, a.ordinal, i.content_hash
                FROM issues i CROSS JOIN articles a ON a.issue_id = i.id
                WHERE instr(a.text, ?1) > 0 OR instr(IFNULL(a.headline, ''), ?1) > 0
                ORDER BY i.issue_date, i.source_path, a.ordinal, a.id
                LIMIT ?2
                """, arguments: [query, limit])
        }
        return rows.map { row in
            let headline: String? = row["headline"]
            let body: String = row["text"]
            let snippet = Snippet.make(body, matching: query)
                ?? headline.flatMap { Snippet.make($0, matching: query) }
                ?? String(body.unicodeScalars.prefix(40)).replacingNewlines()
            var hit = SearchHit(articleId: row["id"], headline: headline, snippet: snippet)
            hit.articleKey = EntityKey.article(contentHash: row["content_hash"], ordinal: row["ordinal"])
            return hit
        }
    }
}

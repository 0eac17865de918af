import GRDB
import NewsGraphModel

extension GraphStore {
    /// The evidence of every `relationInContext` row of `rows`, by relation id, read in one query.
    ///
    /// The same text as `evidence(of:in:)` gives row by row: the sentences that cover the
    /// relation's span joined in order, else the span's own text when no sentence covers it.
    static func evidence<R: NamedColumns>(ofRows rows: [R], in db: Database) throws -> [Int64: (span: Span, text: String)] {
        var out: [Int64: (span: Span, text: String)] = [:]
        guard !rows.isEmpty else { return out }
        // Each relation as `[id, article, start, end]`, all bound as one JSON array: the sentences are found
        // from what the rows already hold, without reading the relations again (a page of `relations` each).
        // In article order, so that each article's sentences are looked up once its page is read.
        var listed: Set<Int64> = []
        var spans: [(article: Int64, json: String)] = []
        for row in rows {
            let id: Int64 = row["id"]
            guard listed.insert(id).inserted else { continue }
            let article: Int64 = row["article_id"], start: Int64 = row["start"], end: Int64 = row["end"]
            spans.append((article, "[\(id),\(article),\(start),\(end)]"))
        }
        spans.sort { $0.article < $1.article }
        // MATERIALIZED: the array is unpacked once, not once for every sentence compared with it.
        let sentences = try Row.fetchAll(db.cachedStatement(sql: """
            WITH r AS MATERIALIZED (
                SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS article_id,
                       json_extract(value, '$[2]') AS start, json_extract(value, '$[3]') AS "end"
                FROM json_each(?))
            SELECT r.id, s.text
            FROM r JOIN sentences s ON s.article_id = r.article_id AND s.start < max(r."end", r.start + 1) AND s."end" > r.start
            ORDER BY r.id, s.ordinal
            """), arguments: ["[" + spans.map(\.json).joined(separator: ",") + "]"])
        var joined: [Int64: String] = [:]
        for sentence in sentences { joined[sentence[0], default: ""] += sentence[1] as String }
        for row in rows {
            let id: Int64 = row["id"]
            guard out[id] == nil else { continue }
            if let text = joined[id] {
                out[id] = (Span(row["start"], row["end"]), text)
            } else {
                out[id] = try evidence(of: row, in: db)
            }
        }
        return out
    }
}

import GRDB
import NewsGraphModel

extension GraphStore {
    /// The evidence of every `relationInContext` row of `rows`, by relation id, read in one query.
    ///
    /// The same text as `evidence(of:in:)` gives row by row: the sentences that cover the
    /// relation's span joined in order, else the span's own text when no sentence covers it.
    static func evidence(ofRows rows: [Row], in db: Database) throws -> [Int64: (span: Span, text: String)] {
        var out: [Int64: (span: Span, text: String)] = [:]
        guard !rows.isEmpty else { return out }
        // The relations' ids are bound as one JSON array.
        let ids = "[" + rows.map { String($0["id"] as Int64) }.joined(separator: ",") + "]"
        let sentences = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT r.id, s.text
            FROM relations r
            JOIN sentences s ON s.article_id = r.article_id AND s.start < max(r."end", r.start + 1) AND s."end" > r.start
            WHERE r.id IN (SELECT value FROM json_each(?))
            ORDER BY r.id, s.ordinal
            """), arguments: [ids])
        var joined: [Int64: String] = [:]
        for sentence in sentences { joined[sentence["id"], default: ""] += sentence["text"] as String }
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

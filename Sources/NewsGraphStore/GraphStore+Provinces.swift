import GRDB
import NewsGraphModel

extension GraphStore {
    /// The province each article places each of `names` in: article id → person name → province.
    ///
    /// Read from `person_votes` (see `PersonJurisdiction`): national votes are left out, and where an
    /// article holds several provincial votes for one name the strongest evidence wins (post, then
    /// context, then paper; then the province's name). Drawings use it to tell `省长` of one
    /// province from another's (`吉林省长`).
    public func provinces(ofPersons names: Set<String>) throws -> [Int64: [String: String]] {
        guard !names.isEmpty else { return [:] }
        let sorted = names.sorted()
        return try reading("cannot read where persons were placed") { db in
            var provinces: [Int64: [String: String]] = [:]
            // In chunks, well under SQLite's limit on bound values.
            for start in stride(from: 0, to: sorted.count, by: 500) {
                let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                let rows = try Row.fetchAll(db, sql: """
                    SELECT article_id, name, region FROM person_votes
                    WHERE region <> ? AND name IN (\(placeholders))
                    ORDER BY article_id, name,
                             CASE evidence WHEN 'post' THEN 0 WHEN 'context' THEN 1 ELSE 2 END, region
                    """, arguments: StatementArguments([PersonJurisdiction.national] + chunk))
                for row in rows {
                    let article: Int64 = row["article_id"], name: String = row["name"]
                    if provinces[article]?[name] == nil { provinces[article, default: [:]][name] = row["region"] }
                }
            }
            return provinces
        }
    }
}

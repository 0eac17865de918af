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
            /// An article's votes on a name.
            struct Vote: Hashable {
                var article: Int64
                var name: String
            }
            var best: [Vote: (rank: Int, region: String)] = [:]
            // In chunks, well under SQLite's limit on bound values.
            for start in stride(from: 0, to: sorted.count, by: 500) {
                let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                // Unsorted, read by position: the first vote of each article and name in the order of
                // (evidence, region) is kept here, as sorting them in SQL would keep it.
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT article_id, name, region,
                           CASE evidence WHEN 'post' THEN 0 WHEN 'context' THEN 1 ELSE 2 END
                    FROM person_votes
                    WHERE region <> ? AND name IN (\(placeholders))
                    """, arguments: StatementArguments([PersonJurisdiction.national] + chunk))
                while let row = try rows.next() {
                    let article: Int64 = row[0], name: String = row[1], region: String = row[2], rank: Int = row[3]
                    if let known = best[Vote(article: article, name: name)],
                       known.rank < rank || known.rank == rank && !FirstLinkRanking.bytesPrecede(region, known.region) {
                        continue
                    }
                    best[Vote(article: article, name: name)] = (rank, region)
                }
            }
            var provinces: [Int64: [String: String]] = [:]
            for (vote, kept) in best { provinces[vote.article, default: [:]][vote.name] = kept.region }
            return provinces
        }
    }
}

import Foundation
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
            var votes = StrongestVotes()
            // In chunks, well under SQLite's limit on bound values.
            for start in stride(from: 0, to: sorted.count, by: 500) {
                let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                try votes.add(Row.fetchCursor(db, sql: """
                    SELECT article_id, name, region, \(StrongestVotes.evidenceRank)
                    FROM person_votes
                    WHERE region <> ? AND name IN (\(placeholders))
                    """, arguments: StatementArguments([PersonJurisdiction.national] + chunk)))
            }
            return votes.provinces
        }
    }

    /// The province each of `placements` (an article and a person it names) is placed in: what
    /// `provinces(ofPersons:)` gives for those articles and names, and nothing else.
    ///
    /// Each pair is looked up by the primary key of `person_votes`, so a drawing of the whole graph reads
    /// the votes of the few articles whose posts it draws per province, not every vote of their holders.
    public func provinces(of placements: [(article: Int64, person: String)]) throws -> [Int64: [String: String]] {
        /// One pair, bound in a JSON array.
        struct Placement: Encodable {
            var a: Int64
            var n: String
        }
        guard !placements.isEmpty else { return [:] }
        // In article order (the primary key's pages are then read in order), each pair once, names told
        // apart byte for byte as SQLite matches them.
        var sorted: [Placement] = []
        for placement in placements.sorted(by: { $0.article != $1.article ? $0.article < $1.article
                                                   : FirstLinkRanking.bytesPrecede($0.person, $1.person) }) {
            if let last = sorted.last, last.a == placement.article, FirstLinkRanking.compareBytes(last.n, placement.person) == 0 { continue }
            sorted.append(Placement(a: placement.article, n: placement.person))
        }
        let json = String(decoding: try JSONEncoder().encode(sorted), as: UTF8.self)
        // `+v.name`: the primary key by article, not the index by name (which would read every vote of a
        // busy name once per pair).
        return try reading("cannot read where persons were placed") { db in
            var votes = StrongestVotes()
            try votes.add(Row.fetchCursor(db, sql: """
                SELECT v.article_id, v.name, v.region, \(StrongestVotes.evidenceRank)
                FROM json_each(?) j
                CROSS JOIN person_votes v ON v.article_id = json_extract(j.value, '$.a') AND +v.name = json_extract(j.value, '$.n')
                WHERE v.region <> ?
                """, arguments: [json, PersonJurisdiction.national]))
            return votes.provinces
        }
    }
}

/// The strongest provincial vote of each article on each name: evidence post, then context, then paper;
/// then the province's name byte for byte (as `ORDER BY` would list them first).
///
/// Votes come in any order (unsorted reads: SQLite sorts nothing), as rows of article id, name, region
/// and the rank of their evidence (`evidenceRank`).
private struct StrongestVotes {
    /// The SQL that ranks a vote's evidence.
    static let evidenceRank = "CASE evidence WHEN 'post' THEN 0 WHEN 'context' THEN 1 ELSE 2 END"

    /// An article's votes on a name.
    private struct Vote: Hashable {
        var article: Int64
        var name: String
    }

    private var best: [Vote: (rank: Int, region: String)] = [:]

    /// Keeps the strongest of the votes `rows` gives and those kept before.
    mutating func add(_ rows: RowCursor) throws {
        while let row = try rows.next() {
            let vote = Vote(article: row[0], name: row[1])
            let region: String = row[2], rank: Int = row[3]
            if let known = best[vote], known.rank < rank || known.rank == rank && !FirstLinkRanking.bytesPrecede(region, known.region) {
                continue
            }
            best[vote] = (rank, region)
        }
    }

    /// The kept votes: article id → person name → province.
    var provinces: [Int64: [String: String]] {
        var provinces: [Int64: [String: String]] = [:]
        for (vote, kept) in best { provinces[vote.article, default: [:]][vote.name] = kept.region }
        return provinces
    }
}

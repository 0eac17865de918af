import Foundation
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite struct GraphStoreProvincesTests {
    /// Votes written straight into the tables: two articles, several provinces per name, every kind of evidence.
    func withVotes(_ body: (GraphStore) throws -> Void) throws {
        try Fixtures.withStore { store, _ in
            try store.dbQueue.write { db in
                for id in 1...3 {
                    try db.execute(sql: """
                        INSERT INTO issues (id, source_path, content_hash, issue_date, encoding, raw_text, clean_text)
                        VALUES (?, ?, ?, '2022-06-17', 'UTF-8', '', '')
                        """, arguments: [id, "p/\(id)", "h\(id)"])
                    try db.execute(sql: """
                        INSERT INTO articles (id, issue_id, ordinal, text, display_text, body_length, page_start, page_end)
                        VALUES (?, ?, 0, '', '', 0, 0, 0)
                        """, arguments: [id, id])
                }
                // (article, name, region, evidence)
                let votes: [(Int, String, String, String)] = [
                    (1, "韩俊", "吉林", "paper"), (1, "韩俊", "江苏", "post"), (1, "韩俊", "安徽", "post"),
                    (1, "蔡东", "吉林", "context"), (1, "蔡东", "national", "national"), (1, "王宁", "national", "national"),
                    (2, "韩俊", "吉林", "context"), (2, "韩俊", "江苏", "paper"), (2, "蔡东", "吉林", "paper"),
                    (3, "韩俊", "安徽", "paper"),
                ]
                for (article, name, region, evidence) in votes {
                    try db.execute(sql: "INSERT INTO person_votes (article_id, name, region, evidence, post) VALUES (?, ?, ?, ?, '')",
                                   arguments: [article, name, region, evidence])
                }
            }
            try body(store)
        }
    }

    /// The strongest evidence wins (post, context, paper), then the province's name byte for byte;
    /// national votes place no one.
    @Test func strongestEvidenceWins() throws {
        try withVotes { store in
            let provinces = try store.provinces(ofPersons: ["韩俊", "蔡东", "王宁"])
            #expect(provinces == [1: ["韩俊": "安徽", "蔡东": "吉林"], 2: ["韩俊": "吉林", "蔡东": "吉林"], 3: ["韩俊": "安徽"]])
        }
    }

    /// Asked for pairs of article and person, the answer is the same as for the persons, cut down to those
    /// pairs; pairs asked twice, without votes or unknown are no trouble.
    @Test func placementsAreThePersonsCutDown() throws {
        try withVotes { store in
            let placements: [(article: Int64, person: String)] = [(2, "韩俊"), (1, "蔡东"), (2, "韩俊"), (1, "王宁"), (9, "韩俊"), (3, "无名")]
            let provinces = try store.provinces(of: placements)
            #expect(provinces == [2: ["韩俊": "吉林"], 1: ["蔡东": "吉林"]])
            let none = try store.provinces(of: [])
            #expect(none.isEmpty)
        }
    }
}

import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("newsgraph articles")
struct ArticlesCommandTests {
    @Test("json: the five seed articles in printed order with headline, dateline and reporters")
    func json() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["articles", "--format", "json", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let items = try #require(try SeedGraph.json(run.stdout) as? [[String: Any]])
            #expect(items.map { $0["ordinal"] as? Int } == [1, 2, 3, 4, 5])
            #expect(items.allSatisfy { $0["key"] is String && $0["source"] as? String == SeedGraph.seedPage && $0["issue_date"] as? String == "2022-06-17" })
            #expect(items[0]["headline"] as? String == "我省社保助企纾困政策快速落位 已释放红利近75亿元")
            #expect(items[3]["headline"] as? String == "省委十一届十一次全会决议")
            #expect(items.map { $0["reporters"] as? [String] } == [["万双"], ["于小博"], [], [], ["于小博"]])
            #expect(items[1]["dateline_date"] as? String == "2022-06-16")
            #expect((items[0]["text"] as? String)?.hasPrefix("本报讯（记者万双）自3月疫情发生以来") == true)
            #expect((items[2]["text"] as? String)?.hasPrefix("（上接第一版）") == true)
        }
    }

    @Test("json: every article has the same keys, null when unknown")
    func jsonKeys() throws {
        try SeedGraph.withGraph { db in
            let items = try #require(try SeedGraph.json(try SeedGraph.execute(["articles", "--format", "json", "--db", db]).stdout) as? [[String: Any]])
                #expect(items.allSatisfy { Set($0.keys) == ["key", "source", "paper", "issue_date", "page", "ordinal", "headline", "dateline_date", "reporters", "text"] })
                #expect(items[1]["headline"] is NSNull)
            

        }
    }

    @Test("csv and table: a header and one row per article")
    func csvAndTable() throws {
        try SeedGraph.withGraph { db in
            let csv = try SeedGraph.execute(["articles", "--format", "csv", "--db", db]).lines.filter { !$0.isEmpty }
            #expect(csv.first == "key,source,paper,issue_date,page,ordinal,headline,dateline_date,reporters,text")
            #expect(csv.count == 6)
            #expect(csv[2].contains(",2022-06-17,,2,,2022-06-16,于小博,本报6月16日讯（记者于小博）今天"))
            let table = try SeedGraph.execute(["articles", "--db", db]).lines.filter { !$0.isEmpty }
            #expect(table.count == 7)
            #expect(table[0].hasPrefix("key             issue"))
            #expect(table.contains { $0.contains("省委十一届十一次全会决议") })
        }
    }

    @Test("without a graph it fails")
    func missing() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-none-\(UUID().uuidString).sqlite").path
        #expect(SeedGraph.failure(["articles", "--db", path])?.description.hasPrefix("no graph at \(path)") == true)
    }
}

import Foundation
@testable import NewsGraphCLI
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph trace")
struct TraceCommandTests {
    /// The policies `trace POLICY --format json` prints, as JSON objects.
    func traces(_ policy: String, db: String) throws -> [[String: Any]] {
        let command = try SeedGraph.command(["trace", policy, "--format", "json", "--db", db], as: TraceCommand.self)
        return try #require(try SeedGraph.json(try command.output()) as? [[String: Any]])
    }

    @Test("助企纾困 finds 社会保险助企纾困政策 in the 社保 report, its events oldest first")
    func reliefPolicy() throws {
        try SeedGraph.withGraph { db in
            let found = try traces("助企纾困", db: db)
            try #require(found.count == 1)
            #expect(found[0]["name"] as? String == "社会保险助企纾困政策")
            #expect((found[0]["key"] as? String)?.hasPrefix("policy:") == true)
            let events = try #require(found[0]["events"] as? [[String: Any]])
            try #require(!events.isEmpty)
            #expect(events.allSatisfy { ($0["article"] as? [String: Any])?["headline"] as? String == "我省社保助企纾困政策快速落位 已释放红利近75亿元" })
            #expect(events.allSatisfy { ($0["evidence"] as? String)?.contains("助企纾困政策") == true })
            let dates = events.compactMap { $0["date"] as? String }
            #expect(dates == dates.sorted())
            #expect(events.allSatisfy { $0.keys.contains("figures") && $0.keys.contains("paper") && $0["article"] is [String: Any] })
            try SeedGraph.run(["trace", "助企纾困", "--db", db])
        }
    }

    @Test("助企纾困 was issued on 2022-05-12 and 2022-06-10 by 省人社厅 and 省社保局 (one body with 省社会保险局)")
    func reliefPolicyIssued() throws {
        try SeedGraph.withGraph { db in
            let events = try #require(try traces("助企纾困", db: db).first?["events"] as? [[String: Any]])
            let issued = events.filter { $0["action"] as? String == "issued" }
            #expect(issued.map { $0["date"] as? String } == ["2022-05-12", "2022-06-10"])
            // 省社保局 is the abbreviation of 省社会保险局, also printed on the page: one body, shown by its full name.
            #expect(issued.map { $0["by"] as? [String] } == [["省人社厅", "省社会保险局"], ["省人社厅", "省社会保险局"]])
        }
    }

    @Test("援企稳岗政策 was carried out at the 14th executive meeting")
    func implementedAtMeeting() throws {
        try SeedGraph.withGraph { db in
            let found = try traces("援企稳岗", db: db)
            try #require(found.count == 1)
            let events = try #require(found[0]["events"] as? [[String: Any]])
            try #require(events.count == 1)
            #expect(events[0]["action"] as? String == "implemented")
            #expect(events[0]["by"] as? [String] == ["省政府2022年第14次常务会议"])
            #expect(events[0]["date"] as? String == "2022-06-16")
            let table = try SeedGraph.command(["trace", "援企稳岗", "--db", db], as: TraceCommand.self).output()
            #expect(table.contains("implemented at 省政府2022年第14次常务会议"))
        }
    }

    @Test("a policy named in a meeting's article is discussed at that meeting")
    func discussedAtMeeting() throws {
        try SeedGraph.withGraph { db in
            let events = try #require(try traces("十四五", db: db).first?["events"] as? [[String: Any]])
            #expect(events.first?["action"] as? String == "discussed")
            #expect(events.first?["by"] as? [String] == ["中国共产党吉林省第十一届委员会第十一次全体会议"])
        }
    }

    @Test("an unknown policy fails with close matches")
    func unknownPolicy() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["trace", "不存在的政策", "--db", db])
            #expect(error?.description.contains("no policy name contains “不存在的政策”") == true)
            #expect(error?.description.contains("close matches: ") == true)
        }
    }
}

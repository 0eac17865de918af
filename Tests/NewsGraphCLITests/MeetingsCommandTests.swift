import Foundation
@testable import NewsGraphCLI
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph meetings")
struct MeetingsCommandTests {
    /// The meetings `meetings ARGS --format json` prints, as JSON objects.
    func meetings(_ arguments: [String], db: String) throws -> [[String: Any]] {
        let command = try SeedGraph.command(["meetings"] + arguments + ["--format", "json", "--db", db], as: MeetingsCommand.self)
        return try #require(try SeedGraph.json(try command.output()) as? [[String: Any]])
    }

    @Test("韩俊: the 调度 and the 14th executive meeting, both on 2022-06-16, with roles")
    func hanJun() throws {
        try SeedGraph.withGraph { db in
            let found = try meetings(["--person", "韩俊"], db: db)
            #expect(found.map { $0["name"] as? String } == ["省政府2022年第14次常务会议", "韩俊调度全省畜禽粪污资源化利用情况"])
            #expect(found.map { $0["date"] as? String } == ["2022-06-16", "2022-06-16"])
            #expect(found.map { $0["roles"] as? [String] } == [["presided"], ["presided", "spoke"]])
            #expect(found.allSatisfy { ($0["article"] as? [String: Any])?["key"] is String && $0.keys.contains("place") })
            #expect(found.allSatisfy { ($0["key"] as? String)?.hasPrefix("meeting:") == true })
            try SeedGraph.run(["meetings", "--person", "韩俊", "--db", db])
        }
    }

    @Test("--from and --to are inclusive; an empty range fails and says so")
    func range() throws {
        try SeedGraph.withGraph { db in
            let onTheDay = try meetings(["--person", "韩俊", "--from", "2022-06-16", "--to", "2022-06-16"], db: db)
            let untilJuly = try meetings(["--person", "韩俊", "--to", "2022-06-30"], db: db)
            #expect(onTheDay.count == 2)
            #expect(untilJuly.count == 2)
            let error = SeedGraph.failure(["meetings", "--person", "韩俊", "--from", "2022-06-17", "--db", db])
            #expect(error?.description.contains("韩俊 has no meeting role recorded from 2022-06-17") == true)
            #expect(throws: (any Error).self) { try SeedGraph.run(["meetings", "--person", "韩俊", "--from", "2022-6-1", "--db", db]) }
            #expect(throws: (any Error).self) {
                try SeedGraph.run(["meetings", "--person", "韩俊", "--from", "2022-07-01", "--to", "2022-06-01", "--db", db])
            }
        }
    }

    @Test("an unknown person fails with close matches")
    func unknownPerson() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["meetings", "--person", "张三丰", "--db", db])
            #expect(error?.description.contains("no person is called “张三丰”") == true)
            #expect(error?.description.contains("close matches: 张晶璐") == true)
        }
    }

    @Test("without --person: every meeting, oldest first, filtered by date, place and kind")
    func browse() throws {
        try SeedGraph.withGraph { db in
            let all = try meetings([], db: db)
            #expect(all.count >= 3)
            #expect(all.allSatisfy { ($0["key"] as? String)?.hasPrefix("meeting:") == true && $0["kind"] is String })
            let executive = try meetings(["--kind", "executive"], db: db)
            #expect(executive.compactMap { $0["name"] as? String }.contains("省政府2022年第14次常务会议"))
            #expect(executive.allSatisfy { $0["kind"] as? String == "executive" })
            let onTheDay = try meetings(["--from", "2022-06-16", "--to", "2022-06-16"], db: db)
            #expect(onTheDay.allSatisfy { $0["date"] as? String == "2022-06-16" } && !onTheDay.isEmpty)
            let dates = all.compactMap { $0["date"] as? String }.filter { $0.count == 10 }
            #expect(dates == dates.sorted())
            #expect(try SeedGraph.execute(["meetings", "--kind", "banquet", "--db", db]).status != 0)
        }
    }
}

import Foundation
@testable import NewsGraphCLI
import NewsGraphExport
import NewsGraphModel
import Testing

@Suite("newsgraph facts")
struct FactsCommandTests {
    @Test("one line per article in the gold format, read back by the gold reader")
    func goldFormat() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["facts", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 5)
            let file = (db as NSString).deletingLastPathComponent + "/facts.jsonl"
            try run.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            let facts = try Evaluator.readGold(path: file)
            #expect(facts.count == 5)
            #expect(facts.allSatisfy { $0.source == SeedGraph.seedPage && $0.issueDate == "2022-06-17" && $0.text?.isEmpty == false })
            let dispatch = try #require(facts.first { $0.meetings.contains { $0.name == "韩俊调度全省畜禽粪污资源化利用情况" } })
            #expect(dispatch.persons.first { $0.name == "韩俊" }?.titles == ["省委副书记", "省长"])
            let meeting = try #require(dispatch.meetings.first)
            #expect(meeting.date == "2022-06-16")
            #expect(meeting.presided == ["韩俊"])
            #expect(meeting.attended == ["吴靖平", "安立佳", "刘凯", "蔡东", "韩福春", "李伟", "王子联", "安桂武"])
            #expect(facts[0].policies.contains("社会保险助企纾困政策"))
        }
    }

    @Test("every key is printed: an undated meeting has \"date\": null")
    func nullDates() throws {
        try SeedGraph.withGraph { db in
            let objects = try SeedGraph.execute(["facts", "--db", db]).stdout.split(separator: "\n")
                .map { try #require(try SeedGraph.json(String($0)) as? [String: Any]) }
            for object in objects {
                #expect(Set(object.keys).isSuperset(of: ["id", "source", "issue_date", "text", "persons", "organizations", "meetings", "policies"]))
                for meeting in try #require(object["meetings"] as? [[String: Any]]) {
                    #expect(Set(meeting.keys).isSuperset(of: ["name", "date", "place", "presided", "spoke", "attended", "reported"]))
                }
            }
            let meetings = objects.flatMap { ($0["meetings"] as? [[String: Any]]) ?? [] }
            let undated = try #require(meetings.first { $0["name"] as? String == "党的十九大" })
            #expect(undated["date"] is NSNull)
            #expect(meetings.contains { $0["date"] as? String == "2022-06-16" })
            let raw = try SeedGraph.execute(["facts", "--db", db]).stdout
            #expect(raw.contains(#""date":null"#))
        }
    }

    @Test("--no-text leaves the text out and nothing else")
    func noText() throws {
        try SeedGraph.withGraph { db in
            let with = try SeedGraph.execute(["facts", "--db", db]).stdout.split(separator: "\n")
                .map { try #require(try SeedGraph.json(String($0)) as? [String: Any]) }
            let without = try SeedGraph.execute(["facts", "--no-text", "--db", db]).stdout.split(separator: "\n")
                .map { try #require(try SeedGraph.json(String($0)) as? [String: Any]) }
            #expect(without.count == with.count)
            #expect(without.allSatisfy { $0["text"] == nil })
            for (a, b) in zip(with, without) {
                #expect(Set(a.keys).subtracting(["text"]) == Set(b.keys))
                #expect(a["id"] as? String == b["id"] as? String)
            }
        }
    }
}

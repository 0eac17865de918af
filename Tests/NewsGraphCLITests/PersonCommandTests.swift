import Foundation
@testable import NewsGraphCLI
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph person")
struct PersonCommandTests {
    @Test("韩俊: posts with dates seen, both meetings, and the eight he met")
    func hanJun() throws {
        try SeedGraph.withGraph { db in
            let command = try SeedGraph.command(["person", "韩俊", "--format", "json", "--db", db], as: PersonCommand.self)
            let person = try #require(try SeedGraph.json(try command.output()) as? [String: Any])
            #expect(person["name"] as? String == "韩俊")
            let posts = try #require(person["posts"] as? [[String: Any]])
            let byName = Dictionary(posts.map { ($0["name"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            #expect(Set(byName.keys) == ["省委副书记", "省长"])
            #expect(byName["省委副书记"]?["organization"] as? String == "省委")
            #expect(byName["省长"]?["first_seen"] as? String == "2022-06-17")
            #expect(byName["省长"]?["last_seen"] as? String == "2022-06-17")
            #expect((byName["省长"]?["articles"] as? [String])?.count == 2)
            #expect(person["key"] as? String == "person:韩俊")
            #expect((person["organizations"] as? [Any])?.isEmpty == true)
            let meetings = try #require(person["meetings"] as? [[String: Any]])
            #expect(meetings.count == 2)
            let company = try #require(person["co_attendees"] as? [[String: Any]])
            #expect(company.map { $0["name"] as? String } == ["吴靖平", "安立佳", "刘凯", "蔡东", "韩福春", "李伟", "王子联", "安桂武"])
            #expect(company.allSatisfy { $0["count"] as? Int == 1 })
            #expect(company.allSatisfy { ($0["key"] as? String)?.hasPrefix("person:") == true })
            try SeedGraph.run(["person", "韩俊", "--db", db])
        }
    }

    @Test("the table has a section per kind of fact")
    func table() throws {
        try SeedGraph.withGraph { db in
            let text = try SeedGraph.command(["person", "韩俊", "--db", db], as: PersonCommand.self).output()
            #expect(text.hasPrefix("韩俊 · person:韩俊\n"))
            #expect(text.contains("organisations: none recorded"))
            #expect(text.contains("met most often"))
            #expect(text.contains("2022-06-16  省政府2022年第14次常务会议"))
        }
    }

    @Test("an unknown person fails with close matches")
    func unknownPerson() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["person", "张三丰", "--db", db])
            #expect(error?.description.contains("no person is called “张三丰”") == true)
            #expect(error?.description.contains("close matches: 张晶璐") == true)
        }
    }
}

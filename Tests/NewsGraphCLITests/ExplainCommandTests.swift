import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("newsgraph explain")
struct ExplainCommandTests {
    @Test("韩俊: one person, seen in two articles of the 吉林 issue, with the rules that found him")
    func person() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["explain", "韩俊", "--format", "json", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let found = try #require(try SeedGraph.json(run.stdout) as? [[String: Any]])
            try #require(found.count == 1)
            #expect(found[0]["kind"] as? String == "person")
            #expect(found[0]["name"] as? String == "韩俊")
            #expect(found[0]["key"] as? String == "person:韩俊")
            let sightings = try #require(found[0]["sightings"] as? [[String: Any]])
            let articles = sightings.compactMap { $0["article"] as? [String: Any] }
            #expect(Set(articles.compactMap { $0["key"] as? String }).count == 2)
            #expect(articles.allSatisfy { $0["issue_date"] as? String == "2022-06-17" })
            #expect(sightings.allSatisfy { $0["text"] as? String == "韩俊" && $0["region"] as? String == "吉林" })
            // The decision says what decided: the post's province.
            #expect((found[0]["decisions"] as? [String])?.contains { $0.contains("posts in 吉林") } == true)
            #expect(sightings.contains { $0["rule"] as? String == "person.title" })
        }
    }

    @Test("the table names the entity with its key and lists each sighting")
    func table() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["explain", "省人社厅", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.lines
            #expect(lines.first == "organization 省人社厅  [key organization:吉林:省人力资源和社会保障厅]")
            #expect(lines.contains { $0.hasPrefix("  issue ") && $0.contains("as printed") })
            #expect(lines.contains { $0.contains("2022-06-17") && $0.contains("吉林") && $0.contains("省人社厅") && $0.contains("org.") })
        }
    }

    @Test("an unknown name fails with close names; a missing graph says how to make one")
    func unknown() throws {
        try SeedGraph.withGraph { db in
            let error = try #require(SeedGraph.failure(["explain", "韩某某", "--db", db]))
            #expect(error.description.hasPrefix("nothing called 韩某某 in \(db); close: "))
            #expect(error.description.contains("韩俊"))
            let missing = (db as NSString).deletingLastPathComponent + "/none.sqlite"
            #expect(SeedGraph.failure(["explain", "韩俊", "--db", missing])?.description.hasPrefix("no graph at \(missing)") == true)
            #expect(!FileManager.default.fileExists(atPath: missing))
        }
    }
}

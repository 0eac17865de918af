import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("newsgraph people")
struct PeopleCommandTests {
    /// The people `people ARGS --format json` prints.
    func people(_ arguments: [String], db: String) throws -> [[String: Any]] {
        let command = try SeedGraph.command(["people"] + arguments + ["--format", "json", "--db", db], as: PeopleCommand.self)
        return try #require(try SeedGraph.json(try command.output()) as? [[String: Any]])
    }

    @Test("most printed first, each with key, count, dates and posts; --top and --name narrow it")
    func list() throws {
        try SeedGraph.withGraph { db in
            let all = try people([], db: db)
            #expect(all.count > 5)
            let han = try #require(all.first { $0["name"] as? String == "韩俊" })
            #expect(han["key"] as? String == "person:韩俊")
            #expect((han["posts"] as? [String])?.contains("省长") == true)
            #expect(han["first_seen"] as? String == "2022-06-17")
            let counts = all.compactMap { $0["count"] as? Int }
            #expect(counts == counts.sorted(by: >))
            #expect(try people(["--top", "3"], db: db).count == 3)
            #expect(try people(["--name", "福春"], db: db).compactMap { $0["name"] as? String } == ["韩福春"])
            #expect(try people(["--from", "2022-06-17", "--to", "2022-06-17"], db: db).count == all.count)
            #expect(SeedGraph.failure(["people", "--from", "2023-01-01", "--db", db])?.description.contains("no person") == true)
        }
    }
}

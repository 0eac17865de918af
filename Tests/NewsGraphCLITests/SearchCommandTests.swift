import Foundation
@testable import NewsGraphCLI
import NewsGraphModel
import NewsGraphPipeline
import NewsGraphStore
import Testing

@Suite("newsgraph search")
struct SearchCommandTests {
    /// The hits `search ARGS --format json` prints, as JSON objects.
    func hits(_ arguments: [String], db: String) throws -> [[String: Any]] {
        let command = try SeedGraph.command(["search"] + arguments + ["--format", "json", "--db", db], as: SearchCommand.self)
        return try #require(try SeedGraph.json(try command.output()) as? [[String: Any]])
    }

    @Test("稳岗 (two characters, the scan path) finds articles with the match in 【】")
    func twoCharacters() throws {
        try SeedGraph.withGraph { db in
            let found = try hits(["稳岗"], db: db)
            #expect(found.count >= 2)
            #expect(found.allSatisfy { ($0["snippet"] as? String)?.contains("【稳岗】") == true && $0["key"] is String })
            #expect(found.contains { ($0["headline"] as? String)?.contains("助企纾困") == true })
            #expect(try hits(["稳岗", "--limit", "1"], db: db).count == 1)
            try SeedGraph.run(["search", "稳岗", "--db", db])
        }
    }

    @Test("畜禽粪污 (the full-text path) finds the 调度 report")
    func fullText() throws {
        try SeedGraph.withGraph { db in
            let found = try hits(["畜禽粪污"], db: db)
            try #require(found.count == 1)
            #expect((found[0]["snippet"] as? String)?.contains("韩俊调度全省【畜禽粪污】资源化") == true)
            #expect(found[0].keys.contains("headline"))
        }
    }

    @Test("a traditional-script query finds the simplified text", .enabled(if: ScriptConverter.shared.isAvailable))
    func traditional() throws {
        try SeedGraph.withGraph { db in
            let traditional = try hits(["穩崗"], db: db)
            let simplified = try hits(["稳岗"], db: db)
            #expect(traditional.count == simplified.count)
        }
    }

    @Test("no hit fails, and a bad limit is refused")
    func nothing() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["search", "量子纠缠", "--db", db])
            #expect(error?.description.contains("no article contains “量子纠缠”") == true)
            #expect(throws: (any Error).self) { try SeedGraph.run(["search", "稳岗", "--limit", "0", "--db", db]) }
        }
    }
}

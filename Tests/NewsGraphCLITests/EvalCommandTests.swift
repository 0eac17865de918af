import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("newsgraph eval")
struct EvalCommandTests {
    static let shared = SeedGraph.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seedGold = shared.appendingPathComponent("seed-gold.jsonl").path
    static var goldAvailable: Bool { FileManager.default.fileExists(atPath: seedGold) }

    @Test("the seed against its gold: persons F1 ≥ 0.95, meeting roles ≥ 0.90", .enabled(if: EvalCommandTests.goldAvailable, "needs ../shared/seed-gold.jsonl"))
    func seedGold() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["eval", Self.seedGold, "--format", "json", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let scores = try #require(try SeedGraph.json(run.stdout) as? [[String: Any]])
            func score(_ field: String) throws -> [String: Any] { try #require(scores.first { $0["field"] as? String == field }, "\(field)") }
            func number(_ value: Any?) -> Double { (value as? NSNumber)?.doubleValue ?? -1 }
            #expect(scores.map { $0["field"] as? String }.prefix(6) == ["persons", "titles", "organizations", "policies", "meetings", "roles"])
            #expect(number(try score("persons")["f1"]) >= 0.95)
            #expect(number(try score("roles")["f1"]) >= 0.90)
            #expect(number(try score("meetings")["f1"]) >= 0.90)
            #expect(try score("persons")["gold"] as? Int == 16)
            for s in scores {
                let (p, r, f) = (number(s["precision"]), number(s["recall"]), number(s["f1"]))
                #expect((0...1).contains(p) && (0...1).contains(r) && f <= max(p, r) + 0.001 && f >= min(p, r) - 0.001, "\(s)")
            }
        }
    }

    @Test("the table ends by counting the gold sources found; --verbose lists the differences", .enabled(if: EvalCommandTests.goldAvailable, "needs ../shared/seed-gold.jsonl"))
    func table() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["eval", Self.seedGold, "--verbose", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.lines.first?.hasPrefix("field ") == true)
            #expect(run.lines.contains("1 of 1 gold sources found in the graph"))
            #expect(run.lines.contains { $0.hasPrefix("persons ") })
            // Where a score is below 1 there are differences, each printed under its source and field.
            let scores = try #require(try SeedGraph.json(try SeedGraph.execute(["eval", Self.seedGold, "--format", "json", "--db", db]).stdout) as? [[String: Any]])
            let perfect = scores.allSatisfy { ($0["f1"] as? NSNumber)?.doubleValue == 1 }
            #expect(perfect != run.lines.contains { $0.hasPrefix("  missed: ") || $0.hasPrefix("  wrong:  ") })
            for (n, line) in run.lines.enumerated() where line.hasPrefix("  missed: ") || line.hasPrefix("  wrong:  ") {
                #expect(run.lines[..<n].last { !$0.hasPrefix("  ") }?.contains("seeds/000_c5d73bdcbf217987.txt [") == true)
            }
        }
    }

    @Test("--errors FIELD lists the misses and false hits of that field only; an unknown field is refused")
    func errorsOfOneField() throws {
        try SeedGraph.withGraph { db in
            let folder = (db as NSString).deletingLastPathComponent
            let gold = folder + "/one.jsonl"
            try #"{"id": "a", "source": "seeds/000_c5d73bdcbf217987.txt", "persons": [{"name": "郑国栋", "titles": ["县长"]}]}"#
                .write(toFile: gold, atomically: true, encoding: .utf8)
            let run = try SeedGraph.execute(["eval", gold, "--errors", "persons", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.lines.contains("seeds/000_c5d73bdcbf217987.txt [persons]"))
            #expect(run.lines.contains("  missed: 郑国栋"))
            #expect(run.lines.contains { $0.hasPrefix("  wrong:  ") })
            #expect(!run.lines.contains { $0.hasSuffix("[titles]") })
            let roles = try SeedGraph.execute(["eval", gold, "--errors", "roles", "--db", db])
            #expect(!roles.lines.contains { $0.hasSuffix("[persons]") })
            #expect(SeedGraph.failure(["eval", gold, "--errors", "people", "--db", db])?.description.hasPrefix("no field people: choose one of persons, titles") == true)
        }
    }

    @Test("a gold file of other sources, or a malformed one, fails and says why")
    func badGold() throws {
        try SeedGraph.withGraph { db in
            let folder = (db as NSString).deletingLastPathComponent
            let other = folder + "/other.jsonl"
            try #"{"id": "x", "source": "corpus/henan/2022-05-12/01.txt", "persons": [{"name": "李伟", "titles": []}]}"#
                .write(toFile: other, atomically: true, encoding: .utf8)
            let error = SeedGraph.failure(["eval", other, "--db", db])
            #expect(error?.description.hasPrefix("none of the gold file's sources is in \(db): ingest them first") == true)
            #expect(error?.description.contains("corpus/henan/2022-05-12/01.txt") == true)
            let malformed = folder + "/malformed.jsonl"
            try "{\"id\": \"a\", \"source\": \"seeds/000_c5d73bdcbf217987.txt\"}\n\n{\"id\": 3}\n".write(toFile: malformed, atomically: true, encoding: .utf8)
            #expect(throws: (any Error).self) { try SeedGraph.run(["eval", malformed, "--db", db]) }
            let run = try SeedGraph.execute(["eval", malformed, "--db", db])
            #expect(run.status != 0)
            #expect(run.stderr.contains("malformed.jsonl, line 3: invalid gold file"))
        }
    }
}

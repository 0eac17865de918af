import Foundation
@testable import NewsGraphCLI
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph stats")
struct StatsCommandTests {
    @Test("json: the seed's counts, every kind listed, kinds adding up to the totals and agreeing with the store")
    func json() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["stats", "--format", "json", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let counts = try #require(try SeedGraph.json(run.stdout) as? [String: Int])
            #expect(counts["issues"] == 1)
            #expect(counts["articles"] == 5)
            #expect(Set(counts.keys) == Set(["issues", "articles", "sentences", "entities", "aliases", "mentions", "relations"]
                + EntityKind.allCases.map { "entities." + $0.rawValue } + RelationKind.allCases.map { "relations." + $0.rawValue }))
            let entities = EntityKind.allCases.reduce(0) { $0 + counts["entities." + $1.rawValue]! }
            let relations = RelationKind.allCases.reduce(0) { $0 + counts["relations." + $1.rawValue]! }
            #expect(entities == counts["entities"])
            #expect(relations == counts["relations"])
            #expect(counts["entities.person"]! >= 16)
            #expect(counts["relations.attended"] == 8)
            let stats = try GraphStore(path: db).stats()
            #expect(counts["sentences"] == stats.sentences && counts["mentions"] == stats.mentions)
        }
    }

    @Test("table and csv list the same counts")
    func tableAndCSV() throws {
        try SeedGraph.withGraph { db in
            let csv = try SeedGraph.execute(["stats", "--format", "csv", "--db", db]).lines.filter { !$0.isEmpty }
            #expect(csv.first == "key,name,count")
            #expect(csv.contains(",articles,5"))
            let table = try SeedGraph.execute(["stats", "--db", db]).lines.filter { !$0.isEmpty }
            #expect(table.count == csv.count + 1, "the table has a rule under its header")
            let row = try #require(table.first { $0.hasPrefix("articles ") })
            #expect(row.split(separator: " ").map(String.init) == ["articles", "5"])
        }
    }

    @Test("without a graph it fails and does not create one")
    func missing() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-none-\(UUID().uuidString).sqlite").path
        #expect(SeedGraph.failure(["stats", "--db", path])?.description.hasPrefix("no graph at \(path)") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("--top N lists the N persons printed in the most articles, with keys")
    func top() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["stats", "--top", "2", "--format", "json", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let json = try #require(try SeedGraph.json(run.stdout) as? [String: Any])
            #expect(json["articles"] as? Int == 5)
            let top = try #require(json["top"] as? [String: [[String: Any]]])
            let persons = try #require(top["person"])
            #expect(persons.count == 2)
            #expect(persons.compactMap { $0["name"] as? String }.allSatisfy { !$0.isEmpty })
            #expect(persons.allSatisfy { ($0["key"] as? String)?.hasPrefix("person:") == true })
            let counts = persons.compactMap { $0["count"] as? Int }
            #expect(counts == counts.sorted(by: >))
            #expect(try SeedGraph.execute(["stats", "--top", "0", "--db", db]).status != 0)
        }
    }
}

import Foundation
@testable import NewsGraphCLI
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph export neo4j")
struct Neo4jCommandTests {
    @Test("-o DIR gets a nodes file per label, a relationships file per type and import.sh")
    func writesFolder() throws {
        try SeedGraph.withGraph { db in
            let dir = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("neo4j")
            try SeedGraph.run(["export", "neo4j", "--person", "韩俊", "--db", db, "-o", dir.path])
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            #expect(files.contains("persons.csv"))
            #expect(files.contains("meetings.csv"))
            #expect(files.contains("presided.csv"))
            #expect(files.contains("holds_post.csv"))
            #expect(files.contains("import.sh"))
            let persons = try String(contentsOf: dir.appendingPathComponent("persons.csv"), encoding: .utf8)
            #expect(persons.hasPrefix(Neo4jWriter.nodeHeader.joined(separator: ",") + "\n"))
            #expect(persons.contains("\nperson:韩俊,韩俊,Person,"))
        }
    }

    @Test("a folder path that is a file is an error naming it")
    func unwritable() throws {
        try SeedGraph.withGraph { db in
            #expect { try SeedGraph.run(["export", "neo4j", "--db", db, "-o", db]) } throws: { error in
                (error as? NewsGraphError)?.kind == .unwritable && "\(error)".contains(db)
            }
        }
    }
}

import Foundation
import NewsGraphStore
import Testing

@Suite("newsgraph migrate")
struct MigrateCommandTests {
    /// Runs the sqlite3 shell on `file` with `sql`.
    func sqlite3(_ file: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [file, sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    @Test("a graph of an older schema: queries say run `newsgraph migrate`; migrate brings it up to date once")
    func olderSchema() throws {
        try SeedGraph.withGraph { db in
            try sqlite3(db, ".read '\(SeedGraph.preApplicationIDSchema.path)'")
            let refused = try SeedGraph.execute(["stats", "--db", db])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("\(db): database error: the database has an older schema"))
            #expect(refused.stderr.contains("run `newsgraph migrate`"))
            let migrated = try SeedGraph.execute(["migrate", "--db", db])
            #expect(migrated.status == 0, "\(migrated.stderr)")
            #expect(migrated.stdout.hasPrefix("\(db): applied 020_application_id, 021_issues_by_content_hash, 022_person_votes"))
            let again = try SeedGraph.execute(["migrate", "--db", db])
            #expect(again.stdout.hasPrefix("\(db) is up to date"))
            let stats = try SeedGraph.execute(["stats", "--db", db])
            #expect(stats.status == 0)
            #expect(stats.lines.contains { $0.hasPrefix("articles ") && $0.hasSuffix(" 5") })
        }
    }

    @Test("no file to migrate is an error naming it")
    func missing() throws {
        let run = try SeedGraph.execute(["migrate", "--db", "/nonexistent/graph.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no graph at /nonexistent/graph.sqlite"))
    }
}

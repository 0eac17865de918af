import ArgumentParser
import Foundation
@testable import NewsGraphCLI
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph sql")
struct SQLCommandTests {
    @Test("a SELECT answers: the seed page has five articles")
    func count() throws {
        try SeedGraph.withGraph { db in
            let command = try SeedGraph.command(["sql", "SELECT count(*) FROM articles", "--format", "json", "--db", db], as: SQLCommand.self)
            let answer = try #require(try SeedGraph.json(try command.output()) as? [String: Any])
            #expect(answer["columns"] as? [String] == ["count(*)"])
            // Integers are JSON numbers, not strings.
            #expect(answer["rows"] as? [[Int]] == [[5]])
            let mixed = try SeedGraph.command(["sql", "SELECT 1, 2.5, 'x', NULL", "--format", "json", "--db", db], as: SQLCommand.self).output()
            #expect(mixed.contains("[\n      1,\n      2.5,\n      \"x\",\n      null\n    ]") || mixed.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "").contains("[1,2.5,\"x\",null]"))
            let table = try SeedGraph.command(["sql", "SELECT count(*) FROM articles", "--db", db], as: SQLCommand.self).output()
            #expect(table.split(separator: "\n").last == "5")
            try SeedGraph.run(["sql", "SELECT count(*) FROM articles", "--db", db])
        }
    }

    @Test("a write is refused with a clear message and exit status 1, and nothing changes")
    func refused() throws {
        try SeedGraph.withGraph { db in
            let error = try #require(SeedGraph.failure(["sql", "DELETE FROM articles", "--db", db]))
            #expect(error.description.hasPrefix("refused: "))
            #expect(error.description.contains("only reads"))
            #expect(NewsGraphCommand.exitCode(for: error) == ExitCode(1))
            #expect(try GraphStore(path: db).readOnlyQuery(sql: "SELECT count(*) FROM articles").rows == [["5"]])
        }
    }

    @Test("a statement past a sandbox limit ends in a clear error with exit status 1 within seconds", arguments: [
        ("SELECT randomblob(900000000)", "the query needs more memory than the 256 MB it may use"),
        ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c", "the answer has more than 10000 rows"),
        ("SELECT fts3_tokenizer('simple')", "fts3_tokenizer() is disabled in NewsGraph"),
    ])
    func sandbox(statement: String, message: String) throws {
        try SeedGraph.withGraph { db in
            let started = Date()
            let run = try SeedGraph.execute(["sql", statement, "--db", db])
            #expect(Date().timeIntervalSince(started) < 60, "a sandbox limit must end the statement, never let it hang")
            #expect(run.status == 1)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test("bad SQL fails with SQLite's message")
    func badSQL() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["sql", "SELEC 1", "--db", db])
            #expect(error?.description.contains("syntax error") == true)
        }
    }

    @Test("NULL is NULL in tables, empty in CSV and null in JSON; CSV quotes commas")
    func rendering() throws {
        let columns = ["a", "b"]
        let rows: [[SQLValue]] = [[.null, .text("x,y")]]
        #expect(try SQLCommand.render(columns: columns, rows: rows, format: .csv) == "a,b\n,\"x,y\"")
        #expect(try SQLCommand.render(columns: columns, rows: rows, format: .table).contains("NULL"))
        let json = try #require(try SeedGraph.json(try SQLCommand.render(columns: columns, rows: rows, format: .json)) as? [String: Any])
        #expect((json["rows"] as? [[Any]])?.first?.first is NSNull)
    }
}

import Foundation
import NewsGraphModel
import NewsGraphStore
import Testing

/// The sandbox of user SQL, in this process (the process-wide heap limit is tested through the
/// `sql` command, which runs as its own process).
@Suite("SQLSandbox")
struct SQLSandboxTests {
    static let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "

    /// The error `sql` ends in under `sandbox`, after checking it came at all: within `seconds`, a
    /// bound far above the limits (the tests run in parallel on a loaded machine; this checks
    /// that nothing hangs, not how fast the limit fires).
    func breach(_ sql: String, sandbox: SQLSandbox = SQLSandbox(), within seconds: TimeInterval = 60) throws -> NewsGraphError? {
        let store = try GraphStore.inMemory()
        let started = Date()
        defer { #expect(Date().timeIntervalSince(started) < seconds, "\(sql) took too long") }
        do {
            let answer = try store.readOnlyQuery(sql: sql, sandbox: sandbox)
            Issue.record("\(sql) answered \(answer.rows.count) rows")
            return nil
        } catch let error as NewsGraphError {
            return error
        }
    }

    @Test("an endless recursive WITH stops at the row limit")
    func rowLimit() throws {
        let error = try #require(try breach(Self.endless + "SELECT x FROM c"))
        #expect(error.kind == .invalidArgument)
        #expect(error.message == "the answer has more than 10000 rows; add a LIMIT")
        let store = try GraphStore.inMemory()
        #expect(try store.readOnlyQuery(sql: Self.endless + "SELECT x FROM c LIMIT 10000").rows.count == 10_000)
    }

    @Test("an endless recursive WITH that answers nothing stops at the time limit")
    func timeLimit() throws {
        let error = try #require(try breach(Self.endless + "SELECT count(*) FROM c", sandbox: SQLSandbox(timeLimit: 1)))
        #expect(error.kind == .invalidArgument)
        #expect(error.message == "the query ran longer than 1 s and was stopped")
    }

    @Test("an answer past the byte limit is refused")
    func byteLimit() throws {
        let error = try #require(try breach("SELECT randomblob(600000)", sandbox: SQLSandbox(maxBytes: 1 << 20)))
        #expect(error.message.hasPrefix("the answer is larger than 1 MB"))
        let store = try GraphStore.inMemory()
        #expect(try store.readOnlyQuery(sql: "SELECT randomblob(400000)", sandbox: SQLSandbox(maxBytes: 1 << 20)).rows.count == 1)
    }

    @Test("fts3_tokenizer neither shows an address nor registers a tokenizer", arguments: [
        "SELECT fts3_tokenizer('simple')", "SELECT hex(fts3_tokenizer('porter'))", "SELECT fts3_tokenizer('mine', X'0000000000000000')",
    ])
    func fts3Tokenizer(sql: String) throws {
        let error = try #require(try breach(sql))
        #expect(error.message.hasSuffix("fts3_tokenizer() is disabled in NewsGraph"))
    }
}

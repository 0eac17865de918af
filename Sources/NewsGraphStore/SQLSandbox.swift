import Foundation
import GRDB
import NewsGraphModel
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// The limits a user's SQL statement runs under (`GraphStore.readOnlyQuery`), so that no
/// statement can exhaust memory, run forever or reach SQLite's internals.
///
/// - `timeLimit`: the statement is interrupted after this many seconds;
/// - `maxRows` and `maxBytes`: an answer with more rows, or more bytes of values, is refused;
/// - `heapLimit`: SQLite's own memory, process-wide (`sqlite3_hard_heap_limit64`), set by
///   `limitHeap()` — the `sql` command sets it, a library caller decides for itself;
/// - `fts3_tokenizer()` is disabled on every store connection (it prints a memory address
///   and registers C tokenizers; see `disableFTS3Tokenizer`).
///
/// Every breach is a `NewsGraphError(.invalidArgument)` saying which limit was reached.
public struct SQLSandbox: Sendable {
    public var timeLimit: TimeInterval
    public var maxRows: Int
    public var maxBytes: Int
    public var heapLimit: Int64

    public init(timeLimit: TimeInterval = 10, maxRows: Int = 10_000, maxBytes: Int = 16 << 20, heapLimit: Int64 = 256 << 20) {
        self.timeLimit = timeLimit
        self.maxRows = maxRows
        self.maxBytes = maxBytes
        self.heapLimit = heapLimit
    }

    /// Sets SQLite's hard heap limit for the whole process to `heapLimit`; returns the previous one.
    @discardableResult
    public func limitHeap() -> Int64 {
        sqlite3_hard_heap_limit64(heapLimit)
    }

    /// Replaces `fts3_tokenizer` (both forms) on a connection by a function that fails.
    static func disableFTS3Tokenizer(in db: Database) {
        for argumentCount in [1, 2] {
            db.add(function: DatabaseFunction("fts3_tokenizer", argumentCount: argumentCount, pure: false) { _ in
                throw DatabaseError(resultCode: .SQLITE_AUTH, message: "fts3_tokenizer() is disabled in NewsGraph")
            })
        }
    }

    /// The error for a statement SQLite stopped: out of memory or interrupted; nil for others.
    func breach(_ error: DatabaseError) -> NewsGraphError? {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOMEM, .SQLITE_TOOBIG:
            return NewsGraphError(.invalidArgument, "the query needs more memory than the \(heapLimit >> 20) MB it may use")
        case .SQLITE_INTERRUPT:
            return NewsGraphError(.invalidArgument, "the query ran longer than \(Int(timeLimit)) s and was stopped")
        default:
            return nil
        }
    }

    /// The refusal of an answer past `maxRows`.
    var tooManyRows: NewsGraphError {
        NewsGraphError(.invalidArgument, "the answer has more than \(maxRows) rows; add a LIMIT")
    }

    /// The refusal of an answer past `maxBytes`.
    var tooManyBytes: NewsGraphError {
        NewsGraphError(.invalidArgument, "the answer is larger than \(maxBytes >> 20) MB; select fewer or shorter values")
    }
}

import Foundation
import GRDB
import NewsGraphModel

extension GraphStore {
    /// Runs one read-only SQL statement from the user and returns its columns and rows as text.
    ///
    /// The statement must be a single statement that SQLite reports read-only
    /// (`sqlite3_stmt_readonly`) and that starts with `SELECT`, `WITH`, `VALUES`, `EXPLAIN` or
    /// an informational `PRAGMA` (see `ReadOnlySQL`); anything else throws
    /// `NewsGraphError(.readOnly)`. It runs in a read-only transaction, so even a statement
    /// that slipped through could not write. Integers and reals print as SQLite would, blobs as
    /// `X'…'` hex literals, NULL as nil. A statement SQLite cannot prepare throws
    /// `NewsGraphError(.invalidArgument)` with SQLite's message. The statement runs within the
    /// `sandbox`'s time, row and byte limits (`SQLSandbox`); a breach is an `.invalidArgument`.
    public func readOnlyQuery(sql: String, sandbox: SQLSandbox = SQLSandbox()) throws -> (columns: [String], rows: [[String?]]) {
        let answer = try readOnlyValues(sql: sql, sandbox: sandbox)
        return (answer.columns, answer.rows.map { $0.map(\.text) })
    }

    /// `readOnlyQuery` with each value typed (`SQLValue`): integers stay integers, reals reals.
    public func readOnlyValues(sql: String, sandbox: SQLSandbox = SQLSandbox()) throws -> (columns: [String], rows: [[SQLValue]]) {
        let queue = dbQueue
        let timer = DispatchWorkItem { queue.interrupt() }
        DispatchQueue.global().asyncAfter(deadline: .now() + sandbox.timeLimit, execute: timer)
        defer { timer.cancel() }
        do {
            return try dbQueue.read { db in
                let statements = try Self.prepare(sql, in: db)
                guard statements.count == 1, let statement = statements.first else {
                    throw NewsGraphError(.readOnly, statements.isEmpty ? "no SQL statement given"
                                                                       : "only one SQL statement may run at a time")
                }
                if let refusal = ReadOnlySQL.refusal(for: sql, statement: statement) {
                    throw NewsGraphError(.readOnly, refusal + ": " + sql)
                }
                var rows: [[SQLValue]] = []
                var bytes = 0
                let cursor = try Row.fetchCursor(statement)
                while let row = try cursor.next() {
                    guard rows.count < sandbox.maxRows else { throw sandbox.tooManyRows }
                    let values = row.databaseValues
                    bytes += values.reduce(0) { $0 + Self.size(of: $1) }
                    guard bytes <= sandbox.maxBytes else { throw sandbox.tooManyBytes }
                    rows.append(values.map(Self.value))
                }
                return (statement.columnNames, rows)
            }
        } catch let error as DatabaseError {
            throw sandbox.breach(error) ?? NewsGraphError.database(error, file: path, doing: "query failed")
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "query failed")
        }
    }

    /// Every statement of `sql`, prepared but not run.
    private static func prepare(_ sql: String, in db: Database) throws -> [Statement] {
        do {
            var statements: [Statement] = []
            let cursor = try db.allStatements(sql: sql)
            while let statement = try cursor.next() {
                statements.append(statement)
                if statements.count > 1 { break }
            }
            return statements
        } catch let error as DatabaseError {
            throw NewsGraphError(.invalidArgument, error.message ?? "\(error.resultCode)")
        }
    }

    /// The bytes a value prints as (a blob twice its length and more, as hex).
    private static func size(of value: DatabaseValue) -> Int {
        switch value.storage {
        case .null: return 4
        case .int64, .double: return 24
        case .string(let string): return string.utf8.count
        case .blob(let data): return 3 + 2 * data.count
        }
    }

    /// A database value as text; nil for NULL.
    private static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let int): return .integer(int)
        case .double(let double): return .real(double)
        case .string(let string): return .text(string)
        case .blob(let data): return .blob("X'" + data.map { String(format: "%02X", $0) }.joined() + "'")
        }
    }
}

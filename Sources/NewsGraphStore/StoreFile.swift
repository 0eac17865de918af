import Foundation
import GRDB
import NewsGraphModel
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// What a file given as `--db` holds, found without changing a byte of it and without creating
/// a `-wal` or `-shm` file beside it.
///
/// The header is read directly; where that is not enough (a file from before the application id,
/// or one a writer has open) the file is opened read-only, `immutable` (no locks, no journal)
/// unless a writer's `-wal` is beside it, to look at its tables.
enum StoreFile {
    /// `application_id` of a NewsGraph database ('NwsG'), set by `020_application_id.sql`.
    static let applicationID: UInt32 = 0x4E77_7347

    enum State: Equatable {
        /// No file, an empty file, or a SQLite file without any table (but an empty `grdb_migrations`):
        /// a new graph can be made here.
        case new
        /// A NewsGraph database; `pending` is how many migrations of this version it lacks,
        /// `unknown` how many it has that this version does not know (written by a newer NewsGraph).
        case newsGraph(pending: Int, unknown: Int)
        /// Something else: not SQLite, or a SQLite database of another program.
        case foreign(String)
    }

    /// What the file at `path` holds; `migrations` are the identifiers this version knows.
    static func state(of path: String, migrations: [String]) throws -> State {
        var opened = FileHandle(forReadingAtPath: path)
        if opened == nil {
            guard FileManager.default.fileExists(atPath: path) else { return .new }
            opened = FileHandle(forReadingAtPath: path) // made since by another process (`ingest`)
        }
        guard let handle = opened else {
            throw NewsGraphError(.unreadable, file: path, "cannot open the database file for reading")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return .new }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            return .foreign("not a SQLite database")
        }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard id == applicationID || id == 0 else {
            return .foreign(String(format: "a SQLite database of another program (application_id 0x%08X)", id))
        }
        let (tables, applied) = try contents(of: path)
        // Only GRDB's empty table of migrations: another process has just begun to make the graph.
        if tables.isEmpty || (tables == ["grdb_migrations"] && applied.isEmpty) { return .new }
        guard id == applicationID || applied.contains("001_initial") else {
            return .foreign("a SQLite database without NewsGraph's tables")
        }
        let known = Set(migrations)
        return .newsGraph(pending: known.subtracting(applied).count, unknown: Set(applied).subtracting(known).count)
    }

    /// The migrations recorded in the file at `path` (none for a new file).
    static func appliedMigrations(_ path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try contents(of: path).migrations
    }

    /// The names of the file's tables and the migrations recorded in it.
    ///
    /// Read `immutable` unless a `-wal` file lies beside it: a writer (an `ingest` running now) has
    /// the database in write-ahead-log mode, what it committed may so far be only in the `-wal`,
    /// which `immutable` ignores (a graph being made would look empty), and the file itself may be
    /// written by a checkpoint while it is read. A plain read-only connection reads both, under
    /// SQLite's locks, and creates nothing: the `-wal` and `-shm` files are already there.
    private static func contents(of path: String) throws -> (tables: [String], migrations: [String]) {
        let live = FileManager.default.fileExists(atPath: path + "-wal")
        let uri = URL(fileURLWithPath: path).absoluteString + (live ? "?mode=ro" : "?immutable=1")
        var connection: OpaquePointer?
        defer { sqlite3_close(connection) }
        guard sqlite3_open_v2(uri, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil) == SQLITE_OK else {
            throw NewsGraphError(.database, file: path, "cannot open the database: \(message(connection))")
        }
        sqlite3_busy_timeout(connection, 10_000)
        let tables = try strings("SELECT name FROM sqlite_master WHERE type = 'table'", in: connection, path: path)
        guard tables.contains("grdb_migrations") else { return (tables, []) }
        return (tables, try strings("SELECT identifier FROM grdb_migrations", in: connection, path: path))
    }

    /// The first column of every row of `sql`.
    private static func strings(_ sql: String, in connection: OpaquePointer?, path: String) throws -> [String] {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else {
            throw NewsGraphError(.database, file: path, "cannot read the database: \(message(connection))")
        }
        var out: [String] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { return out }
            guard step == SQLITE_ROW else {
                throw NewsGraphError(.database, file: path, "cannot read the database: \(message(connection))")
            }
            out.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
    }

    private static func message(_ connection: OpaquePointer?) -> String {
        connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "out of memory"
    }
}

import Foundation
import GRDB
import NewsGraphModel
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// The knowledge-graph store: one SQLite database holding issues, articles and their facts.
///
/// Every public method is one transaction: `ingest` writes a whole document or nothing (a batch
/// of documents, each under its own savepoint), and reads see a consistent database. Values reach
/// SQL only as bound arguments. Reads are
/// deterministic (every query has an explicit `ORDER BY`). Opened for writing, the database is
/// migrated to the newest schema; opened read-only (`readOnly(path:)`) it is never changed.
/// A file that is not a NewsGraph database is refused either way and left as it is.
public final class GraphStore: Sendable {
    /// The database file, or nil for an in-memory store.
    public let path: String?
    /// Whether the store was opened read-only (`readOnly(path:)`).
    public let isReadOnly: Bool
    let dbQueue: DatabaseQueue
    /// What the writer remembers of entities from one ingest to the next (see `EntityCache`).
    let entityCache = EntityCache()

    /// How long a writer waits for another one (a second `ingest` into the same file) before
    /// giving up with `database is locked`: two minutes.
    public static let defaultBusyTimeout: TimeInterval = 120

    /// Opens the database at `path` for writing, creating it if needed, and migrates it to the
    /// newest schema.
    ///
    /// A connection that finds the database locked by another writer waits up to `busyTimeout`
    /// seconds for it (every write is one immediate transaction, so waiting is all it takes).
    /// While a writer is open the database is in write-ahead-log mode; the last writer to close
    /// returns it to a rollback journal, so that readers need no `-wal` or `-shm` file.
    ///
    /// Throws `NewsGraphError(.database)` naming the file when the file cannot be opened, is
    /// not a NewsGraph database (it is then not touched), or was written by a newer version.
    ///
    /// `onWait`, when given, is called once each time the connection starts to wait for another
    /// writer (`ingest` says so on the terminal).
    public convenience init(path: String, busyTimeout: TimeInterval = GraphStore.defaultBusyTimeout,
                            onWait: (@Sendable () -> Void)? = nil) throws {
        let state = try Self.check(path)
        if case .newsGraph(_, let unknown) = state, unknown > 0 { throw Self.newer(path) }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: GraphStore.configuration(busyTimeout: busyTimeout, onWait: onWait))
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot open the database")
        }
        try self.init(queue: queue, path: path, readOnly: false)
    }

    /// Opens the NewsGraph database at `path` read-only: it is never migrated, its journal mode
    /// is never switched, and no byte of it changes.
    ///
    /// Throws `NewsGraphError(.database)` naming the file when there is no graph there yet, when
    /// the file is not a NewsGraph database, when its schema is older than this version's ("run
    /// `newsgraph migrate`") or newer.
    public static func readOnly(path: String, busyTimeout: TimeInterval = GraphStore.defaultBusyTimeout) throws -> GraphStore {
        var state = try check(path)
        // A writer may be creating or migrating the graph right now: wait for its advisory lock
        // (held from its check to its last migration), then look again.
        if case .newsGraph(let pending, _) = state, pending > 0 { state = try checkAfterMigrations(path) }
        if case .new = state { state = try checkAfterMigrations(path) }
        switch state {
        case .new:
            throw NewsGraphError(.database, file: path, "holds no graph yet: run `newsgraph ingest PATH...` first")
        case .newsGraph(_, let unknown) where unknown > 0:
            throw newer(path)
        case .newsGraph(let pending, _) where pending > 0:
            throw NewsGraphError(.database, file: path,
                                 "the database has an older schema (\(pending) migration(s) behind): run `newsgraph migrate`")
        case .newsGraph, .foreign:
            break
        }
        var configuration = configuration(busyTimeout: busyTimeout)
        configuration.readonly = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot open the database read-only")
        }
        return try GraphStore(queue: queue, path: path, readOnly: true)
    }

    /// A fresh store in memory, for tests and one-off runs.
    public static func inMemory() throws -> GraphStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw NewsGraphError.database(error, file: nil, doing: "cannot open an in-memory database")
        }
        return try GraphStore(queue: queue, path: nil, readOnly: false)
    }

    private init(queue: DatabaseQueue, path: String?, readOnly: Bool) throws {
        self.dbQueue = queue
        self.path = path
        self.isReadOnly = readOnly
        guard !readOnly else { return }
        let migrator = try SchemaMigrations.migrator()
        // One process migrates at a time: an advisory lock on the database file (flock, which does
        // not touch SQLite's own fcntl locks) is held from the check to the last migration.
        let lock = path.map { open($0, O_RDONLY) } ?? -1
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { flock(lock, LOCK_UN); close(lock) } }
        do {
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) {
                throw Self.newer(path)
            }
            try Self.migrate(queue, with: migrator)
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot migrate the database")
        }
    }

    /// Applies the migrations `queue`'s database lacks, again while another process is applying
    /// them too: two `ingest`s opening a new database at once both find a migration unapplied
    /// (GRDB looks before it takes the write lock), and the second fails on what the first made
    /// (`duplicate column name`), its transaction rolled back. It then tries again from what is
    /// applied now, as long as each failure finds more applied than the attempt before it.
    private static func migrate(_ queue: DatabaseQueue, with migrator: DatabaseMigrator) throws {
        var applied = try queue.read { try migrator.appliedIdentifiers($0) }
        while true {
            do {
                return try migrator.migrate(queue)
            } catch {
                let now = try queue.read { try migrator.appliedIdentifiers($0) }
                guard now != applied else { throw error }
                applied = now
            }
        }
    }

    deinit {
        // Back to a rollback journal when no other connection is open (else the last one does
        // it): a database at rest then has no -wal or -shm file, and read-only use creates none.
        guard path != nil, !isReadOnly else { return }
        try? dbQueue.writeWithoutTransaction { db in
            sqlite3_busy_timeout(db.sqliteConnection, 0)
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
    }

    /// What the file at `path` holds; a foreign file is refused here, before any connection
    /// could change it.
    static func check(_ path: String) throws -> StoreFile.State {
        let state = try StoreFile.state(of: path, migrations: try SchemaMigrations.identifiers())
        if case .foreign(let what) = state {
            throw NewsGraphError(.database, file: path, "not a NewsGraph database (\(what)); refused, the file was not changed")
        }
        return state
    }

    private static func newer(_ path: String?) -> NewsGraphError {
        NewsGraphError(.database, file: path, "the database was written by a newer NewsGraph")
    }

    /// The connection settings: foreign keys on (GRDB's default, stated here on purpose), a busy
    /// timeout, and a write-ahead log with `synchronous = NORMAL`: every ingest is still one
    /// atomic, durable-on-checkpoint transaction, without a full disk sync per file.
    private static func configuration(busyTimeout: TimeInterval = defaultBusyTimeout, onWait: (@Sendable () -> Void)? = nil) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        if let onWait {
            // Wait in steps of 10 ms, saying so at the first step of each wait.
            let steps = Int(busyTimeout * 100)
            configuration.busyMode = .callback { tries in
                if tries == 0 { onWait() }
                guard tries < steps else { return false }
                usleep(10_000)
                return true
            }
        }
        configuration.foreignKeysEnabled = true
        configuration.label = "NewsGraphStore"
        configuration.prepareDatabase { db in
            SQLSandbox.disableFTS3Tokenizer(in: db)
            guard !db.configuration.readonly else { return }
            // Changing the journal mode needs the database to itself; SQLite answers SQLITE_BUSY at
            // once (without the busy handler) while another process creates the file or switches
            // it back on closing, so the switch is tried again until the busy timeout runs out.
            let deadline = Date().addingTimeInterval(busyTimeout)
            var waited = false
            while true {
                do {
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "memory" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                    break
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                    if !waited { onWait?() }
                    waited = true
                    usleep(20_000)
                }
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// The identifiers of the migrations applied to the database, in order.
    public func appliedMigrations() throws -> [String] {
        let migrator = try SchemaMigrations.migrator()
        do {
            return try dbQueue.read { try migrator.appliedMigrations($0) }
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot read the migrations")
        }
    }

    /// The identifiers of the migrations applied to the database at `path`, read without opening
    /// it for writing (a file that is not a NewsGraph database is refused).
    public static func appliedMigrations(inFileAt path: String) throws -> [String] {
        _ = try check(path)
        return try StoreFile.appliedMigrations(path)
    }

    /// Runs `body` in a read-only transaction, turning SQLite errors into `NewsGraphError`s.
    func reading<T>(_ what: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw NewsGraphError.database(error, file: path, doing: what)
        }
    }
}

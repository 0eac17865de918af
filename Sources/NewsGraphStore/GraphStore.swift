import Foundation
import GRDB
import NewsGraphModel

/// The knowledge-graph store: one SQLite database holding issues, articles and their facts.
///
/// Every public method is one transaction: `ingest` writes a whole document or nothing, and
/// reads see a consistent database. Values reach SQL only as bound arguments. Reads are
/// deterministic (every query has an explicit `ORDER BY`). The database is opened with
/// foreign keys enforced and migrated to the newest schema on open.
public final class GraphStore: Sendable {
    /// The database file, or nil for an in-memory store.
    public let path: String?
    let dbQueue: DatabaseQueue

    /// How long a writer waits for another one (a second `ingest` into the same file) before
    /// giving up with `database is locked`: two minutes.
    public static let defaultBusyTimeout: TimeInterval = 120

    /// Opens the database at `path`, creating it if needed, and migrates it to the newest schema.
    ///
    /// A connection that finds the database locked by another writer waits up to `busyTimeout`
    /// seconds for it (every write is one immediate transaction, so waiting is all it takes).
    ///
    /// Throws `NewsGraphError(.database)` naming the file when the file cannot be opened, is
    /// not a NewsGraph database, or was written by a newer version.
    public convenience init(path: String, busyTimeout: TimeInterval = GraphStore.defaultBusyTimeout) throws {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: GraphStore.configuration(busyTimeout: busyTimeout))
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot open the database")
        }
        try self.init(queue: queue, path: path)
    }

    /// A fresh store in memory, for tests and one-off runs.
    public static func inMemory() throws -> GraphStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw NewsGraphError.database(error, file: nil, doing: "cannot open an in-memory database")
        }
        return try GraphStore(queue: queue, path: nil)
    }

    private init(queue: DatabaseQueue, path: String?) throws {
        self.dbQueue = queue
        self.path = path
        let migrator = try SchemaMigrations.migrator()
        do {
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) {
                throw NewsGraphError(.database, file: path, "the database was written by a newer NewsGraph")
            }
            try migrator.migrate(queue)
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot migrate the database")
        }
    }

    /// The connection settings: foreign keys on (GRDB's default, stated here on purpose), a busy
    /// timeout, and a write-ahead log with `synchronous = NORMAL`: every ingest is still one
    /// atomic, durable-on-checkpoint transaction, without a full disk sync per file.
    private static func configuration(busyTimeout: TimeInterval = defaultBusyTimeout) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "NewsGraphStore"
        configuration.prepareDatabase { db in
            SQLSandbox.disableFTS3Tokenizer(in: db)
            if !db.configuration.readonly, try String.fetchOne(db, sql: "PRAGMA journal_mode") != "memory" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
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

    /// Runs `body` in a read-only transaction, turning SQLite errors into `NewsGraphError`s.
    func reading<T>(_ what: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw NewsGraphError.database(error, file: path, doing: what)
        }
    }
}

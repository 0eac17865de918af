import Foundation

extension GraphStore {
    /// The state of the database at `path` once no process is migrating it: waits for the
    /// advisory lock a writer holds from its schema check to its last migration (a shared
    /// `flock`, which does not touch SQLite's own locks), then checks again.
    ///
    /// A reader that opens a graph while `ingest` is creating it would otherwise see a schema
    /// some migrations behind and refuse it.
    static func checkAfterMigrations(_ path: String) throws -> StoreFile.State {
        let lock = open(path, O_RDONLY)
        if lock >= 0 {
            flock(lock, LOCK_SH)
            flock(lock, LOCK_UN)
            close(lock)
        }
        return try check(path)
    }
}

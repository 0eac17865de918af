import GRDB
import NewsGraphModel

extension GraphStore {
    /// Runs `body` (many `ingest` batches) with the write-ahead log set for a bulk load, then
    /// checkpoints it once; during `body`, savepoints keep their journal in memory.
    ///
    /// SQLite copies the log back into the database every 1,000 pages by default: during a long
    /// ingest that rewrites the same index pages again and again. Here the log may grow to
    /// `checkpointPages` pages (64 MiB with 4 KiB pages) before it is copied back, and is copied
    /// back and truncated when `body` ends, whether it succeeded or not. An in-memory store has
    /// no log and runs `body` as it is.
    ///
    /// Each file of a batch is stored under a savepoint, for which SQLite copies every page the
    /// file changes, before its first change, into a sub-journal: a temporary file by default,
    /// written by a system call per page (a seventh of the time of storing). `temp_store =
    /// MEMORY` keeps it in memory; it holds the pages one file changes and is emptied when that
    /// file's savepoint is released. Set back to the default when `body` ends.
    public func bulkLoading<T>(checkpointPages: Int = 16_384, _ body: () throws -> T) throws -> T {
        guard path != nil, !isReadOnly else { return try body() }
        try setAutocheckpoint(checkpointPages)
        try setTempStore("MEMORY")
        defer {
            try? setTempStore("DEFAULT")
            try? setAutocheckpoint(1000)
            try? dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        return try body()
    }

    /// Sets where SQLite keeps temporary files, sub-journals included (`DEFAULT` or `MEMORY`).
    private func setTempStore(_ mode: StaticString) throws {
        do {
            try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = \(mode)") }
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot set where temporary files are kept")
        }
    }

    private func setAutocheckpoint(_ pages: Int) throws {
        do {
            try dbQueue.writeWithoutTransaction { db in _ = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint = \(pages)") }
        } catch {
            throw NewsGraphError.database(error, file: path, doing: "cannot set the checkpoint interval")
        }
    }
}

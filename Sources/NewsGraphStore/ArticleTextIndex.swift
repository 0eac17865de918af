import GRDB

/// The articles of a batch still to be added to the full-text index (`articles_fts`), which
/// `GraphStore.ingest` fills once the batch's files are stored (migration 032).
///
/// FTS5 writes what it holds in memory to disk at every savepoint; filled after the last file's
/// savepoint, the index gets one segment per batch instead of one per file. A value: a file's
/// savepoint that is rolled back restores the copy taken before it, as SQLite restores the rows.
/// Deleting an article whose text is not yet indexed would corrupt the index (its delete trigger
/// removes terms that are not there), so the pending articles are indexed before any delete.
struct ArticleTextIndex {
    /// Row ids of the articles stored but not yet indexed, in the order they were stored.
    private(set) var pending: [Int64] = []

    /// Notes that the article `id` is stored and waits for the index.
    mutating func add(_ id: Int64) {
        pending.append(id)
    }

    /// Adds every pending article's headline and text to the index, in the order they were stored.
    mutating func fill(in db: Database) throws {
        guard !pending.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO articles_fts (rowid, headline, text) SELECT id, headline, text FROM articles WHERE id = ?
            """)
        for id in pending { try insert.run([id]) }
        pending.removeAll()
    }
}

import GRDB

extension GraphStore {
    /// The content hash stored for the page at `path`, or nil when the path is new.
    ///
    /// `Ingestor` asks this before analysing a file, so re-ingesting an unchanged file costs
    /// one read of it and one look-up.
    public func contentHash(ofPath path: String) throws -> String? {
        try reading("cannot look up \(path)") { db in
            try String.fetchOne(db, sql: "SELECT content_hash FROM issues WHERE source_path = ?", arguments: [path])
        }
    }

    /// Every content hash stored, so that a run can tell before analysing a page whether it may
    /// be known (`knownOutcome` then says for sure).
    public func storedContentHashes() throws -> Set<String> {
        try reading("cannot read the content hashes") { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT content_hash FROM issues"))
        }
    }

    /// What storing a page at `path` with `contentHash` would do when that is known without
    /// analysing it: `.unchanged` (stored as it is), `.duplicate(of:)` (the same content is
    /// stored under another path and this path holds nothing), else nil.
    public func knownOutcome(path: String, contentHash: String) throws -> IngestOutcome? {
        try reading("cannot look up \(path)") { db in
            let stored = try String.fetchOne(db, sql: "SELECT content_hash FROM issues WHERE source_path = ?", arguments: [path])
            if stored == contentHash { return .unchanged }
            guard stored == nil, let other = try Self.sourcePath(withContentHash: contentHash, in: db) else { return nil }
            return .duplicate(of: other)
        }
    }

    /// The first stored path (by name) of a page with `contentHash`, if any.
    static func sourcePath(withContentHash contentHash: String, except path: String? = nil, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT source_path FROM issues WHERE content_hash = ? AND source_path IS NOT ? ORDER BY source_path LIMIT 1
            """), arguments: [contentHash, path])
    }
}

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
}

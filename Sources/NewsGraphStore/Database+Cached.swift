import GRDB

extension Database {
    /// Runs one statement through SQLite's prepared-statement cache (the ingest hot path runs the
    /// same few statements for every mention; preparing them once saves most of their cost).
    func runCached(_ sql: String, _ arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// The first column of the first row of a cached statement, if any.
    func valueCached<T: DatabaseValueConvertible & StatementColumnConvertible>(_ type: T.Type, _ sql: String,
                                                                                _ arguments: StatementArguments = []) throws -> T? {
        try T.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }
}

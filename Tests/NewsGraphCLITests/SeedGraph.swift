import ArgumentParser
import Foundation
import NewsGraph
@testable import NewsGraphCLI
import NewsGraphStore
import Testing

/// The real seed page ingested into a fresh SQLite file, and helpers to run commands on it.
///
/// Every test gets its own file in its own temporary folder, so tests may run in parallel.
enum SeedGraph {
    /// `Tests/Fixtures/pre-020-schema.sql`: the SQL that takes a graph of the newest schema back to one
    /// written before 020_application_id (shared with the other test target that needs it).
    static let preApplicationIDSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pre-020-schema.sql")

    /// The package root: three levels up from this file (`Tests/NewsGraphCLITests/…`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed page of 吉林日报, 2022-06-17, page 1.
    static let seedPage = packageRoot.appendingPathComponent("seeds/000_c5d73bdcbf217987.txt").path

    /// Runs `body` with the path of a new graph holding the seed page, then deletes the folder.
    static func withGraph<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.sqlite").path
        let report = try Ingestor(store: try GraphStore(path: path)).ingest(paths: [seedPage])
        try #require(report.failed.isEmpty, "the seed page did not ingest: \(report.failed.map { $0.error?.description ?? "" })")
        return try body(path)
    }

    /// The subcommand `arguments` parse to, as `type`.
    static func command<C: ParsableCommand>(_ arguments: [String], as type: C.Type) throws -> C {
        let parsed = try NewsGraphCommand.parseAsRoot(arguments)
        return try #require(parsed as? C, "\(arguments) did not parse to \(C.self)")
    }

    /// Parses `arguments` as the root command does and runs the subcommand, printing its output.
    static func run(_ arguments: [String]) throws {
        var command = try NewsGraphCommand.parseAsRoot(arguments)
        try command.run()
    }

    /// The `CLIError` that running `arguments` throws, or nil (recorded as a failure) if none.
    static func failure(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> CLIError? {
        #expect(throws: CLIError.self, sourceLocation: sourceLocation) { try run(arguments) }
    }

    /// `text` parsed as JSON.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

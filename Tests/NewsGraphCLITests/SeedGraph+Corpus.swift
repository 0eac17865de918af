import Foundation
@testable import NewsGraphCLI
import Testing

extension SeedGraph {
    /// Runs `body` with the path of a fresh graph holding `corpus` and `seeds/`, read as
    /// `newsgraph ingest CORPUS seeds/` reads them (as examples/make-examples.sh does); deleted after.
    static func withCorpus<T>(_ corpus: URL, _ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-corpus-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("corpus.sqlite").path
        try run(["ingest", corpus.path, packageRoot.appendingPathComponent("seeds").path, "--db", path])
        return try body(path)
    }
}

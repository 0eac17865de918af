import Foundation
import NewsGraphModel
import NewsGraphPipeline
import NewsGraphStore

/// Reads pages, runs the pipeline and stores each file in its own transaction.
///
/// A file that fails (binary, undecodable, malformed) leaves the database as it was and the run
/// goes on with the others; the report lists every failure with its place.
///
/// Example:
/// ```swift
/// let store = try GraphStore(path: "newsgraph.sqlite")
/// let report = try Ingestor(store: store).ingest(paths: ["seeds/"])
/// ```
public struct Ingestor {
    public struct FileResult: Sendable {
        public var path: String
        public var outcome: IngestOutcome?
        public var error: NewsGraphError?
        public var characters: Int
    }

    public struct Report: Sendable {
        public var files: [FileResult] = []
        /// What was skipped without failing a file (a bad `index.jsonl` line).
        public var warnings: [NewsGraphError] = []
        public var failed: [FileResult] { files.filter { $0.error != nil } }
        public var characters: Int { files.reduce(0) { $0 + $1.characters } }
    }

    public let store: GraphStore
    public let pipeline: Pipeline
    public var overrides: IssueInfo

    public init(store: GraphStore, pipeline: Pipeline? = nil, overrides: IssueInfo = IssueInfo()) throws {
        self.store = store
        self.pipeline = try pipeline ?? Pipeline.standard()
        self.overrides = overrides
    }

    /// Analyses one file without storing it.
    public func analyse(path: String, index: IssueInfo? = nil, as displayPath: String? = nil) throws -> Document {
        var document = try read(path: path, index: index, as: displayPath)
        try pipeline.run(&document)
        return document
    }

    /// Reads and decodes one file with this ingest's issue overrides, before any analysis.
    func read(path: String, index: IssueInfo?, as displayPath: String? = nil) throws -> Document {
        try DocumentReader().read(path: path, displayPath: displayPath, issue: overrides, indexEntry: index)
    }

    /// Ingests every page under `paths`; `progress` is called before each file with (done, total, path).
    public func ingest(paths: [String], progress: ((Int, Int, String) -> Void)? = nil) throws -> Report {
        let collection = try PageCollector().collectReporting(paths)
        let pages = collection.pages
        var report = Report(warnings: collection.warnings)
        for (n, page) in pages.enumerated() {
            progress?(n, pages.count, page.path)
            do {
                var document = try read(path: page.path, index: page.index)
                if try store.contentHash(ofPath: document.path) == document.contentHash {
                    report.files.append(FileResult(path: page.path, outcome: .unchanged, error: nil, characters: document.raw.count))
                    continue
                }
                try pipeline.run(&document)
                let outcome = try store.ingest(document)
                report.files.append(FileResult(path: page.path, outcome: outcome, error: nil, characters: document.raw.count))
            } catch let error as NewsGraphError {
                report.files.append(FileResult(path: page.path, outcome: nil, error: error, characters: 0))
            } catch {
                report.files.append(FileResult(path: page.path, outcome: nil,
                                               error: NewsGraphError(.malformedPage, file: page.path, "\(error)"), characters: 0))
            }
        }
        return report
    }
}

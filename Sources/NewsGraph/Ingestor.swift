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
        /// The file as the user named it (or as found in a folder they named).
        public var path: String
        /// The name the page is stored by (`PageCollector.Page.source`); nil when it has none.
        public var source: String?
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
        if pipeline == nil { _ = try Lexicon.bundledDirectory() } // a clear error, not a crash, without lexicons
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
    ///
    /// Each page is stored under its `source` name, so a folder named in any spelling (`corpus`,
    /// `./corpus`, its absolute path, a link to it) is stored once; content already stored under
    /// another name is reported as a duplicate and not stored again. A file that cannot be named
    /// (a loop of links, a path too long) is a failure naming it; the others are still ingested.
    public func ingest(paths: [String], progress: ((Int, Int, String) -> Void)? = nil) throws -> Report {
        let collection = try PageCollector().collectReporting(paths)
        let pages = collection.pages
        var report = Report(warnings: collection.warnings)
        for failure in collection.failures {
            report.files.append(FileResult(path: failure.file ?? "", source: nil, outcome: nil, error: failure, characters: 0))
        }
        for (n, page) in pages.enumerated() {
            progress?(n, pages.count, page.path)
            func result(_ outcome: IngestOutcome?, _ error: NewsGraphError? = nil, characters: Int = 0) -> FileResult {
                FileResult(path: page.path, source: page.source, outcome: outcome, error: error, characters: characters)
            }
            do {
                var document = try read(path: page.path, index: page.index, as: page.source)
                if let known = try store.knownOutcome(path: document.path, contentHash: document.contentHash) {
                    report.files.append(result(known, characters: document.raw.count))
                    continue
                }
                try pipeline.run(&document)
                let outcome = try store.ingest(document)
                report.files.append(result(outcome, characters: document.raw.count))
            } catch var error as NewsGraphError {
                // Name the file as the user did, so that they can open it.
                if error.file == page.source { error.file = page.path }
                report.files.append(result(nil, error))
            } catch {
                report.files.append(result(nil, NewsGraphError(.malformedPage, file: page.path, "\(error)")))
            }
        }
        return report
    }
}

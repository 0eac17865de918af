import Foundation
import NewsGraphModel
import NewsGraphPipeline
import NewsGraphStore

/// Reads pages, analyses them on every core and stores them in order, in batches.
///
/// Files are read and analysed by `workers` threads at once while one writer stores them in
/// the order they were given, many files to a transaction with a savepoint for each: the graph
/// is the same whatever the number of workers. A file that fails (binary, undecodable,
/// malformed, refused by the store) leaves the database as it was without it and the run goes
/// on with the others; the report lists every failure with its place.
///
/// Example:
/// ```swift
/// let store = try GraphStore(path: "newsgraph.sqlite")
/// let report = try Ingestor(store: store).ingest(paths: ["seeds/"])
/// ```
public struct Ingestor: Sendable {
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
        /// Seconds spent reading and decoding files, summed over the workers.
        public var decodeSeconds = 0.0
        /// Seconds spent analysing documents, summed over the workers.
        public var analyseSeconds = 0.0
        /// Seconds the writer spent storing batches.
        public var storeSeconds = 0.0
        public var failed: [FileResult] { files.filter { $0.error != nil } }
        public var characters: Int { files.reduce(0) { $0 + $1.characters } }
    }

    public let store: GraphStore
    public let pipeline: Pipeline
    public var overrides: IssueInfo
    /// How many files are read and analysed at once (default: the active cores).
    public var workers: Int
    /// A batch (one transaction) is stored when it holds this many characters …
    public var batchCharacters = 400_000
    /// … or this many files.
    public var batchFiles = 128
    /// Whether each page's articles are also analysed on every core when several workers run
    /// (they always are with one worker). Off by default: on 2 cores, 2 workers each splitting
    /// their pages again ran 18 % slower end to end than 2 workers analysing pages whole.
    public var articlesOnEveryCore = false

    /// The number of active cores.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public init(store: GraphStore, pipeline: Pipeline? = nil, overrides: IssueInfo = IssueInfo(), workers: Int? = nil) throws {
        self.store = store
        if pipeline == nil { _ = try Lexicon.bundledDirectory() } // a clear error, not a crash, without lexicons
        self.pipeline = try pipeline ?? Pipeline.standard()
        self.overrides = overrides
        self.workers = max(1, workers ?? Self.defaultWorkers)
    }

    /// Analyses one file without storing it.
    public func analyse(path: String, index: IssueInfo? = nil, as displayPath: String? = nil) throws -> Document {
        var document = try read(path: path, index: index, as: displayPath)
        try pipeline.run(&document)
        return document
    }

    /// Reads and decodes one file with this ingest's issue overrides, before any analysis.
    func read(path: String, index: IssueInfo?, as displayPath: String? = nil, issue: IssueInfo? = nil) throws -> Document {
        var overrides = self.overrides
        if let issue {
            overrides.paper = issue.paper ?? overrides.paper
            overrides.date = issue.date ?? overrides.date
            overrides.page = issue.page ?? overrides.page
        }
        return try DocumentReader().read(path: path, displayPath: displayPath, issue: overrides, indexEntry: index)
    }

    /// Ingests every page under `paths`; `progress` is called before each file is stored with
    /// the files and characters done so far (`IngestProgress`).
    ///
    /// Each page is stored under its `source` name, so a folder named in any spelling (`corpus`,
    /// `./corpus`, its absolute path, a link to it) is stored once; content already stored under
    /// another name is reported as a duplicate and not stored again. A file that cannot be named
    /// (a loop of links, a path too long) is a failure naming it; the others are still ingested.
    public func ingest(paths: [String], progress: ((IngestProgress) -> Void)? = nil) throws -> Report {
        let collection = try PageCollector().collectReporting(paths)
        var report = try ingest(collection.pages.map(IngestJob.init), progress: progress)
        report.warnings = collection.warnings
        report.files = collection.failures.map {
            FileResult(path: $0.file ?? "", source: nil, outcome: nil, error: $0, characters: 0)
        } + report.files
        return report
    }

    /// Ingests `jobs` in their order; `progress` is called before each file is stored with
    /// the files and characters done so far, `stored` after each file's batch is committed with its result.
    public func ingest(_ jobs: [IngestJob], progress: ((IngestProgress) -> Void)? = nil,
                       stored: ((FileResult) -> Void)? = nil) throws -> Report {
        let known = try store.storedContentHashes()
        let prepare: @Sendable (Int) -> Prepared = { [self] k in self.prepare(jobs[k], known: known) }
        let pool = OrderedWorkPool(count: jobs.count, workers: workers, lookahead: 16 + 8 * workers, work: prepare)
        defer { pool.finish() }
        var report = Report()
        var batch: [(job: IngestJob, document: Document)] = []
        var batchSize = 0
        var results: [FileResult?] = Array(repeating: nil, count: jobs.count)
        var pending: [Int] = []
        var charactersRead = 0

        func flush() {
            guard !batch.isEmpty else { return }
            let start = Date()
            let outcomes = store.ingest(batch.map(\.document))
            report.storeSeconds += Date().timeIntervalSince(start)
            for ((job, document), (k, outcome)) in zip(batch, zip(pending, outcomes)) {
                switch outcome {
                case .success(let outcome): results[k] = Self.result(job, outcome, characters: document.raw.count)
                case .failure(let error): results[k] = Self.result(job, nil, error)
                }
                stored?(results[k]!)
            }
            batch = []
            pending = []
            batchSize = 0
        }

        try store.bulkLoading {
            for (k, job) in jobs.enumerated() {
                progress?(IngestProgress(done: k, total: jobs.count, path: job.path, characters: charactersRead))
                guard let prepared = pool.next() else { break }
                charactersRead += prepared.characters
                report.decodeSeconds += prepared.decodeSeconds
                report.analyseSeconds += prepared.analyseSeconds
                switch prepared.state {
                case .failed(let error):
                    results[k] = Self.result(job, nil, error)
                    stored?(results[k]!)
                    continue
                case .analysed(let document):
                    batch.append((job, document))
                case .maybeKnown(var document):
                    // Stored before this run? The store says for sure once what precedes is stored.
                    flush()
                    do {
                        if let known = try store.knownOutcome(path: document.path, contentHash: document.contentHash) {
                            results[k] = Self.result(job, known, characters: document.raw.count)
                            stored?(results[k]!)
                            continue
                        }
                        let start = Date()
                        try pipeline.run(&document)
                        report.analyseSeconds += Date().timeIntervalSince(start)
                        batch.append((job, document))
                    } catch {
                        results[k] = Self.result(job, nil, Self.placed(error, file: job.path))
                        stored?(results[k]!)
                        continue
                    }
                }
                pending.append(k)
                batchSize += batch.last!.document.raw.count
                if batchSize >= batchCharacters || batch.count >= batchFiles { flush() }
            }
            flush()
        }
        report.files = results.compactMap { $0 }
        return report
    }

    /// A job read and, unless it may be stored already, analysed (on a worker).
    struct Prepared: Sendable {
        enum State: Sendable {
            case analysed(Document)
            /// Its content hash is stored: the writer asks the store before analysing it.
            case maybeKnown(Document)
            case failed(NewsGraphError)
        }
        var state: State
        var decodeSeconds = 0.0
        var analyseSeconds = 0.0

        /// The characters of the decoded text; 0 for a file that failed.
        var characters: Int {
            switch state {
            case .analysed(let document), .maybeKnown(let document): document.raw.count
            case .failed: 0
            }
        }
    }

    /// Reads `job` and analyses it unless its content hash is among `known`.
    func prepare(_ job: IngestJob, known: Set<String>) -> Prepared {
        let t0 = Date()
        var document: Document
        do {
            document = try read(path: job.path, index: job.index, as: job.source, issue: job.issue)
        } catch {
            return Prepared(state: .failed(Self.placed(error, file: job.path)), decodeSeconds: Date().timeIntervalSince(t0))
        }
        if let variant = job.variant { document.contentHash += variant }
        let t1 = Date()
        guard !known.contains(document.contentHash) else {
            return Prepared(state: .maybeKnown(document), decodeSeconds: t1.timeIntervalSince(t0))
        }
        do {
            // With a worker per core, each page's articles are analysed one after the other.
            if workers > 1 && !articlesOnEveryCore {
                try ArticleParallelism.serially { try pipeline.run(&document) }
            } else {
                try pipeline.run(&document)
            }
        } catch {
            return Prepared(state: .failed(Self.placed(error, file: job.path)), decodeSeconds: t1.timeIntervalSince(t0),
                            analyseSeconds: Date().timeIntervalSince(t1))
        }
        return Prepared(state: .analysed(document), decodeSeconds: t1.timeIntervalSince(t0),
                        analyseSeconds: Date().timeIntervalSince(t1))
    }

    /// Any error as a `NewsGraphError` (one of another kind is placed at `file`).
    static func placed(_ error: any Error, file: String) -> NewsGraphError {
        (error as? NewsGraphError) ?? NewsGraphError(.malformedPage, file: file, "\(error)")
    }

    /// The result of `job`; an error named after the stored name is renamed after the file as the
    /// user named it, so that they can open it.
    static func result(_ job: IngestJob, _ outcome: IngestOutcome?, _ error: NewsGraphError? = nil, characters: Int = 0) -> FileResult {
        var error = error
        if error?.file == job.source { error?.file = job.path }
        return FileResult(path: job.path, source: job.source, outcome: outcome, error: error, characters: characters)
    }
}

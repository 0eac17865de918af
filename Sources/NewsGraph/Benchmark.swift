import Foundation
import NewsGraphModel
import NewsGraphPipeline
import NewsGraphStore
#if canImport(Glibc)
import Glibc
#endif

/// Measures end-to-end ingest speed: pages read, analysed and stored, characters per second,
/// with the figures to judge it by.
///
/// The input is every page under the given folders, repeated until at least `targetCharacters`
/// characters have been ingested and laid out as one paper over consecutive dates, one page a
/// day from 2000-01-01, as a long run of one daily is (a repeated page is new content for the
/// store, so every repetition is analysed and written in full). The run goes through `Ingestor`,
/// as `ingest` does, with `workers` analysing.
///
/// Beside the end-to-end rate it reports each stage's rate (decoding and analysing per worker
/// second, storing per writer second), the rate of every block of `blockCharacters` (does the
/// cost per character grow with the database?), the process's peak resident memory, and the SQL
/// floor: the rows stored, inserted again into a new database by plain prepared statements in one
/// transaction (`GraphStore.copyRows(into:)`), measured in the same run.
public struct Benchmark {
    /// The rate over one block of the run.
    public struct Block: Sendable, Codable {
        /// Characters stored by the end of the block.
        public var characters: Int
        /// Seconds from the start of the run to the end of the block.
        public var seconds: Double
        /// Characters per second within the block.
        public var charactersPerSecond: Double
    }

    public struct Result: Sendable, Codable {
        public var files: Int
        public var characters: Int
        public var workers: Int
        public var seconds: Double
        /// Seconds reading and decoding files, summed over the workers.
        public var decodeSeconds: Double
        /// Seconds analysing, summed over the workers.
        public var analyseSeconds: Double
        /// Seconds the writer spent storing.
        public var storeSeconds: Double
        public var charactersPerSecond: Double
        public var blocks: [Block]
        /// Rows inserted by the SQL floor, and the seconds it took (nil when not measured).
        public var floorRows: Int?
        public var floorSeconds: Double?
        /// The process's peak resident memory by the end of the ingest (before the SQL floor).
        public var peakMemoryMiB: Double
        public var failures: Int
    }

    public var sources: [String]
    public var targetCharacters: Int
    /// Files analysed at once (default: the active cores).
    public var workers: Int
    /// The size of the blocks whose rates show the curve.
    public var blockCharacters: Int
    /// Whether to measure the SQL floor after the run (it needs the database on disk twice).
    public var measureFloor: Bool

    public init(sources: [String], targetCharacters: Int, workers: Int? = nil, blockCharacters: Int = 1_000_000,
                measureFloor: Bool = true) {
        self.sources = sources
        self.targetCharacters = targetCharacters
        self.workers = workers ?? Ingestor.defaultWorkers
        self.blockCharacters = max(1, blockCharacters)
        self.measureFloor = measureFloor
    }

    /// The first date of the paper the pages are laid out as.
    static let firstDay = SimpleDate(year: 2000, month: 1, day: 1)

    /// Runs the benchmark into the store at `databasePath`; `progress` gets (characters done, target).
    public func run(databasePath: String, progress: ((Int, Int) -> Void)? = nil) throws -> Result {
        let pages = try PageCollector().collect(sources)
        guard !pages.isEmpty else { throw NewsGraphError(.notFound, "no pages under \(sources.joined(separator: ", "))") }
        let store = try GraphStore(path: databasePath)
        var ingestor = try Ingestor(store: store, workers: workers)
        ingestor.overrides = IssueInfo()
        // Each page's size, to lay out the run; a page that cannot be read is one failure.
        var sizes: [Int] = []
        var unreadable = 0
        for page in pages {
            do {
                sizes.append(try ingestor.read(path: page.path, index: page.index).raw.count)
            } catch {
                sizes.append(0)
                unreadable += 1
            }
        }
        let jobs = Self.layout(pages, sizes: sizes, target: targetCharacters)

        var characters = 0, files = unreadable, failures = unreadable
        var blocks: [Block] = []
        var mark = (characters: 0, seconds: 0.0)
        let start = Date()
        let report = try ingestor.ingest(jobs, stored: { file in
            files += 1
            if file.error != nil { failures += 1 }
            characters += file.characters
            if characters - mark.characters >= blockCharacters || (characters >= targetCharacters && characters > mark.characters) {
                let now = Date().timeIntervalSince(start)
                blocks.append(Block(characters: characters, seconds: now,
                                    charactersPerSecond: Double(characters - mark.characters) / max(now - mark.seconds, 1e-9)))
                mark = (characters, now)
            }
            if files % 25 == 0 { progress?(characters, targetCharacters) }
        })
        let seconds = Date().timeIntervalSince(start)
        let peak = Self.peakMemoryMiB()
        var floor: (rows: Int, seconds: Double)?
        if measureFloor, characters > 0 {
            let path = databasePath + ".floor"
            defer { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            floor = try store.copyRows(into: path)
        }
        return Result(files: files, characters: characters, workers: ingestor.workers, seconds: seconds,
                      decodeSeconds: report.decodeSeconds, analyseSeconds: report.analyseSeconds,
                      storeSeconds: report.storeSeconds, charactersPerSecond: Double(characters) / max(seconds, 1e-9),
                      blocks: blocks, floorRows: floor?.rows, floorSeconds: floor?.seconds,
                      peakMemoryMiB: peak, failures: failures)
    }

    /// The jobs of the run: the readable pages (size > 0) in rounds until `target` characters,
    /// the n-th job dated `firstDay` + n days in one paper, each round's copies new content.
    static func layout(_ pages: [PageCollector.Page], sizes: [Int], target: Int) -> [IngestJob] {
        var jobs: [IngestJob] = []
        guard sizes.contains(where: { $0 > 0 }), let first = firstDay.dayNumber else { return jobs }
        var characters = 0, round = 0
        while characters < target {
            for (page, size) in zip(pages, sizes) where size > 0 && characters < target {
                let date = SimpleDate(dayNumber: first + jobs.count)
                jobs.append(IngestJob(path: page.path, source: "bench/\(round)/" + page.source, index: page.index,
                                      issue: IssueInfo(paper: "bench-daily", date: date, dateSource: .flag),
                                      variant: "-bench\(round)"))
                characters += size
            }
            round += 1
        }
        return jobs
    }

    /// The largest resident set size this process has had, in MiB.
    public static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

import Foundation
import NewsGraphModel
import NewsGraphPipeline
import NewsGraphStore
#if canImport(Glibc)
import Glibc
#endif

/// Measures end-to-end ingest speed: pages read, analysed and stored, characters per second.
///
/// The input is every page under the given folders, repeated under new paths until at least
/// `targetCharacters` characters have been ingested (a repeated page is a new document for the
/// store, so every repetition is analysed and written in full). Peak memory is the process's
/// maximum resident set size.
public struct Benchmark {
    public struct Result: Sendable, Codable {
        public var files: Int
        public var characters: Int
        public var seconds: Double
        public var analyseSeconds: Double
        public var storeSeconds: Double
        public var charactersPerSecond: Double
        public var peakMemoryMiB: Double
        public var failures: Int
    }

    public var sources: [String]
    public var targetCharacters: Int

    public init(sources: [String], targetCharacters: Int) {
        self.sources = sources
        self.targetCharacters = targetCharacters
    }

    /// Runs the benchmark into the store at `databasePath`; `progress` gets (characters done, target).
    public func run(databasePath: String, progress: ((Int, Int) -> Void)? = nil) throws -> Result {
        let pages = try PageCollector().collect(sources)
        guard !pages.isEmpty else { throw NewsGraphError(.notFound, "no pages under \(sources.joined(separator: ", "))") }
        let store = try GraphStore(path: databasePath)
        let ingestor = try Ingestor(store: store)
        var characters = 0, files = 0, failures = 0, round = 0
        var analyse = 0.0, write = 0.0
        let start = Date()
        while characters < targetCharacters {
            for page in pages where characters < targetCharacters {
                let t0 = Date()
                do {
                    var document = try ingestor.analyse(path: page.path, index: page.index, as: "bench/\(round)/" + page.path)
                    // Each round stands for new pages: new content, not duplicates of the first round's.
                    document.contentHash += "-bench\(round)"
                    let t1 = Date()
                    _ = try store.ingest(document)
                    analyse += t1.timeIntervalSince(t0)
                    write += Date().timeIntervalSince(t1)
                    characters += document.raw.count
                } catch {
                    failures += 1
                }
                files += 1
                if files % 25 == 0 { progress?(characters, targetCharacters) }
            }
            round += 1
            if characters == 0 { break }
        }
        let seconds = Date().timeIntervalSince(start)
        return Result(files: files, characters: characters, seconds: seconds, analyseSeconds: analyse, storeSeconds: write,
                      charactersPerSecond: Double(characters) / max(seconds, 1e-9), peakMemoryMiB: Self.peakMemoryMiB(),
                      failures: failures)
    }

    /// The largest resident set size this process has had, in MiB.
    public static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph bench`
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure end-to-end ingest speed (characters per second) and peak memory."
    )

    @Argument(help: "Page files or folders to repeat (default: seeds/ and ../shared/corpus when present).")
    var sources: [String] = []

    @Option(help: "Characters to ingest in all.") var characters = 10_000_000
    @Option(help: "Files analysed at once (default: the active cores).") var workers: Int?
    @Option(help: "Characters per block in the curve of rates.") var block = 1_000_000
    @Flag(help: "Skip the SQL floor (the stored rows inserted again by plain prepared statements).") var noFloor = false
    @Option(help: "Where to write the benchmark's database (default: a temporary file, removed after).") var db: String?
    @Option(help: "table or json.") var format: OutputFormat = .table

    func validate() throws {
        try format.require([.table, .json], by: "bench")
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if block < 1 { throw ValidationError("--block must be at least 1") }
    }

    func run() throws {
        var inputs = sources
        if inputs.isEmpty {
            inputs = ["seeds"]
            if FileManager.default.fileExists(atPath: "../shared/corpus/index.jsonl") { inputs.append("../shared/corpus") }
        }
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        defer { if db == nil { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
        let benchmark = Benchmark(sources: inputs, targetCharacters: characters, workers: workers, blockCharacters: block,
                                  measureFloor: !noFloor)
        let result = try benchmark.run(databasePath: path) { done, target in
            Terminal.progress("bench: \(done / 1000)k of \(target / 1000)k characters")
        }
        Terminal.endProgress()
        if format == .json {
            print(try JSONOutput.string(result))
            return
        }
        func rate(_ characters: Int, _ seconds: Double) -> String {
            String(format: "%.0f", Double(characters) / max(seconds, 1e-9))
        }
        let n = result.characters
        var t = TextTable(header: ["measure", "seconds", "characters per second"])
        print("inputs: \(inputs.joined(separator: " ")); \(result.files) files, \(n) characters, \(result.workers) worker(s); "
              + "peak memory \(String(format: "%.0f", result.peakMemoryMiB)) MiB; \(result.failures) failed")
        t.add(["end to end", String(format: "%.1f", result.seconds), rate(n, result.seconds)])
        t.add(["  decoding (per worker second)", String(format: "%.1f", result.decodeSeconds), rate(n, result.decodeSeconds)])
        t.add(["  analysing (per worker second)", String(format: "%.1f", result.analyseSeconds), rate(n, result.analyseSeconds)])
        t.add(["  storing (writer)", String(format: "%.1f", result.storeSeconds), rate(n, result.storeSeconds)])
        if let rows = result.floorRows, let seconds = result.floorSeconds {
            t.add(["  SQL floor: \(rows) rows by prepared statements", String(format: "%.1f", seconds), rate(n, seconds)])
        }
        var previous = 0
        for (k, b) in result.blocks.enumerated() {
            t.add(["  block \(k + 1): \(previous / 1000)k–\(b.characters / 1000)k", String(format: "%.1f", b.seconds),
                   String(format: "%.0f", b.charactersPerSecond)])
            previous = b.characters
        }
        if let first = result.blocks.first, let last = result.blocks.last, result.blocks.count > 1 {
            t.add(["  last block / first block", "", String(format: "%.0f %%", 100 * last.charactersPerSecond / first.charactersPerSecond)])
        }
        print(t.render())
    }
}

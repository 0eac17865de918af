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
    @Option(help: "Where to write the benchmark's database (default: a temporary file, removed after).") var db: String?
    @Option(help: "table or json.") var format: OutputFormat = .table

    func validate() throws {
        try format.require([.table, .json], by: "bench")
    }

    func run() throws {
        var inputs = sources
        if inputs.isEmpty {
            inputs = ["seeds"]
            if FileManager.default.fileExists(atPath: "../shared/corpus/index.jsonl") { inputs.append("../shared/corpus") }
        }
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        defer { if db == nil { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
        let result = try Benchmark(sources: inputs, targetCharacters: characters).run(databasePath: path) { done, target in
            Terminal.progress("bench: \(done / 1000)k of \(target / 1000)k characters")
        }
        Terminal.endProgress()
        if format == .json {
            print(try JSONOutput.string(result))
            return
        }
        var t = TextTable(header: ["measure", "value"])
        t.add(["inputs", inputs.joined(separator: " ")])
        t.add(["files ingested", String(result.files)])
        t.add(["characters", String(result.characters)])
        t.add(["seconds", String(format: "%.1f", result.seconds)])
        t.add(["  analysing", String(format: "%.1f", result.analyseSeconds)])
        t.add(["  storing", String(format: "%.1f", result.storeSeconds)])
        t.add(["characters per second", String(format: "%.0f", result.charactersPerSecond)])
        t.add(["peak memory (MiB)", String(format: "%.0f", result.peakMemoryMiB)])
        t.add(["failed files", String(result.failures)])
        print(t.render())
    }
}

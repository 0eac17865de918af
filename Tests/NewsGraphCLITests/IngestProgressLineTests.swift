import Foundation
import NewsGraph
@testable import NewsGraphCLI
import Testing

@Suite("ingest progress on a terminal")
struct IngestProgressLineTests {
    @Test("files/s, characters/s and time left from the files and characters done and the seconds elapsed")
    func rates() {
        let progress = IngestProgress(done: 40, total: 200, path: "corpus/2022-06-17/01.txt", characters: 1_234_567)
        let line = IngestProgressLine.text(for: progress, elapsed: 10)
        #expect(line == "[41/200] 4.0 files/s · 123,457 chars/s · 0:40 left · corpus/2022-06-17/01.txt")
    }

    @Test("before the first file is done, or in the first half second, only the count and the file")
    func noRateYet() {
        let first = IngestProgress(done: 0, total: 185, path: "a.txt", characters: 0)
        #expect(IngestProgressLine.text(for: first, elapsed: 3) == "[1/185] a.txt")
        let early = IngestProgress(done: 5, total: 185, path: "a.txt", characters: 5000)
        #expect(IngestProgressLine.text(for: early, elapsed: 0.2) == "[6/185] a.txt")
    }

    @Test("time left in m:ss, then h:mm:ss; counts grouped by thousands")
    func formats() {
        #expect(IngestProgressLine.duration(0) == "0:00")
        #expect(IngestProgressLine.duration(9.2) == "0:10")
        #expect(IngestProgressLine.duration(3_725) == "1:02:05")
        #expect(IngestProgressLine.grouped(999) == "999")
        #expect(IngestProgressLine.grouped(1_000) == "1,000")
        #expect(IngestProgressLine.grouped(61_204_000) == "61,204,000")
        let slow = IngestProgress(done: 1, total: 10_000, path: "p", characters: 10)
        #expect(IngestProgressLine.text(for: slow, elapsed: 2).contains("5:33:18 left"))
    }

    @Test("a long path keeps its end, so the line stays on one row")
    func longPath() {
        let path = String(repeating: "folder/", count: 20) + "page.txt"
        let shown = IngestProgressLine.shortened(path)
        #expect(shown.count == IngestProgressLine.pathLength)
        #expect(shown.hasPrefix("…") && shown.hasSuffix("/page.txt"))
    }

    @Test("the line is rewritten in place on a terminal and not written at all elsewhere")
    func onlyOnATerminal() {
        #expect(Terminal.progressText("[1/2] a.txt", toTerminal: true) == "\r\u{1B}[2K[1/2] a.txt")
        #expect(Terminal.progressText("[1/2] a.txt", toTerminal: false) == nil)
    }

    @Test("an ingest into a pipe prints no progress; under a pseudo-terminal (script) it does")
    func pipeAndTerminal() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-progress-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let piped = try SeedGraph.execute(["ingest", SeedGraph.seedPage, "--quiet", "--db", dir.appendingPathComponent("a.sqlite").path])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("[1/1]") && !piped.stdout.contains("[1/1]"))
        #expect(!piped.stderr.contains("\u{1B}[2K"))
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script), let tool = SeedGraph.executable else { return }
        // `script -qec CMD LOG` runs CMD with a pseudo-terminal as its standard streams.
        let command = [tool.path, "ingest", SeedGraph.seedPage, "--quiet", "--db", dir.appendingPathComponent("b.sqlite").path]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let run = try SeedGraph.execute(["-qec", command, "/dev/null"], tool: URL(fileURLWithPath: script))
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("\r\u{1B}[2K[1/1] "), "\(run.stdout.debugDescription)")
    }
}

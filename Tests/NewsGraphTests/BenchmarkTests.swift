import Foundation
import Testing
@testable import NewsGraph
import NewsGraphModel
import NewsGraphStore

@Suite struct BenchmarkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bench-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aSmallRunOverTheSeedsRepeatsThePageUntilTheTargetAndStoresEveryRepetition() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("bench.sqlite").path
        let result = try Benchmark(sources: [Self.seeds], targetCharacters: 20_000, blockCharacters: 8_000).run(databasePath: db)
        #expect(result.characters >= 20_000)
        #expect(result.files >= 3)
        #expect(result.failures == 0)
        // The seed page is 8,334 characters: three repetitions reach the target, and no more are read.
        let seedCharacters = try String(contentsOfFile: Self.seeds + "/000_c5d73bdcbf217987.txt", encoding: .utf8).unicodeScalars.count
        #expect(result.characters == result.files * seedCharacters)
        #expect((result.files - 1) * seedCharacters < 20_000)
        #expect(result.seconds > 0 && result.analyseSeconds > 0 && result.storeSeconds > 0 && result.decodeSeconds > 0)
        #expect(result.storeSeconds <= result.seconds)
        #expect(result.analyseSeconds <= result.seconds * Double(result.workers))
        #expect(result.peakMemoryMiB > 0)
        // One block per 8,000 characters: here one per page, each ending where its page was stored.
        #expect(result.blocks.map(\.characters) == (1...result.files).map { $0 * seedCharacters })
        #expect(result.blocks.allSatisfy { $0.charactersPerSecond > 0 })
        #expect(result.blocks.last.map { abs($0.seconds - result.seconds) < 1 } == true)
        // Every repetition is a new document in the store, under its own path, one paper over consecutive days.
        let store = try GraphStore(path: db)
        let stats = try store.stats()
        #expect(stats.issues == result.files)
        #expect(stats.articles == 5 * result.files)
        #expect(try store.articles().allSatisfy { $0.sourcePath.hasPrefix("bench/") })
        let issues = try store.readOnlyQuery(sql: "SELECT paper, issue_date FROM issues ORDER BY id").rows
        #expect(issues == (1...result.files).map { ["bench-daily", "2000-01-0\($0)"] })
        // The SQL floor inserted every row of the graph again.
        let rows = try store.readOnlyQuery(sql: """
            SELECT (SELECT count(*) FROM issues) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM sentences)
                 + (SELECT count(*) FROM entities) + (SELECT count(*) FROM aliases) + (SELECT count(*) FROM mentions)
                 + (SELECT count(*) FROM relations) + (SELECT count(*) FROM resolutions) + (SELECT count(*) FROM person_votes)
            """).rows
        #expect(rows == [[result.floorRows.map(String.init)]])
        #expect((result.floorSeconds ?? 0) > 0)
    }

    @Test func theRunIsLaidOutAsOnePaperOverConsecutiveDatesAcrossRounds() {
        let pages = [PageCollector.Page(path: "a.txt", source: "p/a.txt", index: nil),
                     PageCollector.Page(path: "b.txt", source: "p/b.txt", index: nil),
                     PageCollector.Page(path: "bad.txt", source: "p/bad.txt", index: nil)]
        let jobs = Benchmark.layout(pages, sizes: [10, 20, 0], target: 65)
        #expect(jobs.map(\.source) == ["bench/0/p/a.txt", "bench/0/p/b.txt", "bench/1/p/a.txt", "bench/1/p/b.txt", "bench/2/p/a.txt"])
        #expect(jobs.map { $0.issue?.date?.iso } == ["2000-01-01", "2000-01-02", "2000-01-03", "2000-01-04", "2000-01-05"])
        #expect(Set(jobs.map { $0.issue?.paper }) == ["bench-daily"])
        #expect(jobs.map(\.variant) == ["-bench0", "-bench0", "-bench1", "-bench1", "-bench2"])
        #expect(Benchmark.layout(pages, sizes: [0, 0, 0], target: 75).isEmpty)
    }

    @Test func aFolderWithoutPagesIsAnError() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = #expect(throws: NewsGraphError.self) {
            try Benchmark(sources: [dir.path], targetCharacters: 1000).run(databasePath: dir.appendingPathComponent("b.sqlite").path)
        }
        #expect(error?.kind == .notFound)
        #expect(error?.description.contains(dir.path) == true)
    }

    @Test func aPageThatFailsIsCountedAndTheRunStops() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: pages.appendingPathComponent("binary.txt"))
        let result = try Benchmark(sources: [pages.path], targetCharacters: 1000).run(databasePath: dir.appendingPathComponent("b.sqlite").path)
        #expect(result.failures == 1)
        #expect(result.files == 1)
        #expect(result.characters == 0)
    }
}

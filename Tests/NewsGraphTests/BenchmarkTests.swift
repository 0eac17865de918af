import Foundation
import Testing
import NewsGraph
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
        let result = try Benchmark(sources: [Self.seeds], targetCharacters: 20_000).run(databasePath: db)
        #expect(result.characters >= 20_000)
        #expect(result.files >= 3)
        #expect(result.failures == 0)
        // The seed page is 8,334 characters: three repetitions reach the target, and no more are read.
        let seedCharacters = try String(contentsOfFile: Self.seeds + "/000_c5d73bdcbf217987.txt", encoding: .utf8).unicodeScalars.count
        #expect(result.characters == result.files * seedCharacters)
        #expect((result.files - 1) * seedCharacters < 20_000)
        #expect(result.seconds > 0 && result.analyseSeconds > 0 && result.storeSeconds > 0)
        #expect(result.analyseSeconds + result.storeSeconds <= result.seconds)
        #expect(result.peakMemoryMiB > 0)
        // Every repetition is a new document in the store, under its own path.
        let stats = try GraphStore(path: db).stats()
        #expect(stats.issues == result.files)
        #expect(stats.articles == 5 * result.files)
        #expect(try GraphStore(path: db).articles().allSatisfy { $0.sourcePath.hasPrefix("bench/") })
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

import Foundation
import Testing
import NewsGraph
import NewsGraphModel
import NewsGraphStore

@Suite struct IngestorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path
    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static var corpusAvailable: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("index.jsonl").path) }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-ingest-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func ingestsTheSeedsAndReingestChangesNothing() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let ingestor = try Ingestor(store: store)
        let first = try ingestor.ingest(paths: [Self.seeds])
        #expect(first.failed.isEmpty)
        #expect(first.files.count == 1, "lexicon files in seeds/lexicons are not pages")
        let stats = try store.stats()
        #expect(stats.articles == 5)
        let second = try ingestor.ingest(paths: [Self.seeds])
        #expect(second.files.first?.outcome == .unchanged)
        #expect(try store.stats() == stats)
    }

    @Test func aFolderReachedByALinkIsUnchangedAndACopyOfAPageIsADuplicateStoredOnce() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.seeds + "/000_c5d73bdcbf217987.txt", toPath: pages.appendingPathComponent("seed.txt").path)
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let ingestor = try Ingestor(store: store)
        let first = try ingestor.ingest(paths: [pages.path])
        #expect(first.files.map(\.source) == ["pages/seed.txt"])
        let dump = try GraphDump.facts(store)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("link"), withDestinationURL: pages)
        let viaLink = try ingestor.ingest(paths: [dir.appendingPathComponent("link").path])
        #expect(viaLink.files.map(\.outcome) == [.unchanged])
        try FileManager.default.copyItem(at: pages.appendingPathComponent("seed.txt"), to: pages.appendingPathComponent("seed-copy.txt"))
        let copied = try ingestor.ingest(paths: [pages.path + "/"])
        #expect(copied.files.map(\.outcome) == [.duplicate(of: "pages/seed.txt"), .unchanged])
        #expect(copied.failed.isEmpty)
        #expect(try store.stats().issues == 1)
        #expect(try GraphDump.facts(store) == dump)
    }

    @Test func aFailedFileLeavesTheDatabaseAsItWasAndTheOthersGoOn() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: pages.appendingPathComponent("a-binary.txt"))
        try Data().write(to: pages.appendingPathComponent("b-empty.txt"))
        try FileManager.default.copyItem(atPath: Self.seeds + "/000_c5d73bdcbf217987.txt", toPath: pages.appendingPathComponent("c-seed.txt").path)
        try Data("一二三四五六七八九十".utf8).write(to: pages.appendingPathComponent("d-no-article.txt"))
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let report = try Ingestor(store: store).ingest(paths: [pages.path])
        #expect(report.files.count == 4)
        #expect(report.failed.map { ($0.path as NSString).lastPathComponent } == ["a-binary.txt", "b-empty.txt", "d-no-article.txt"])
        #expect(report.failed[0].error?.kind == .binaryInput)
        #expect(report.failed[0].error?.description.contains("a-binary.txt") == true)
        #expect(report.failed[1].error?.kind == .emptyInput)
        let stats = try store.stats()
        #expect(stats.issues == 1)
        #expect(stats.articles == 5)
    }

    @Test func aBadIndexLineIsAWarningAndEveryPageIsStillIngested() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.seeds + "/000_c5d73bdcbf217987.txt", toPath: pages.appendingPathComponent("seed.txt").path)
        try Data("本报6月16日讯 今天，省委副书记、省长韩俊主持召开省政府常务会议。\n".utf8)
            .write(to: pages.appendingPathComponent("short.txt"))
        try Data(("{\"path\": \"short.txt\", \"paper\": \n"
                  + #"{"path": "seed.txt", "paper": "jilin-daily", "issue_date": "2022-06-17"}"# + "\n").utf8)
            .write(to: pages.appendingPathComponent("index.jsonl"))
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let report = try Ingestor(store: store).ingest(paths: [pages.path])
        #expect(report.failed.isEmpty)
        #expect(report.files.map { ($0.path as NSString).lastPathComponent } == ["seed.txt", "short.txt"])
        let warning = try #require(report.warnings.first)
        #expect(report.warnings.count == 1)
        #expect(warning.file == pages.path + "/index.jsonl")
        #expect(warning.line == 1)
        #expect(try store.stats().issues == 2)
        #expect(try store.articles().contains { $0.sourcePath.hasSuffix("seed.txt") && $0.paper == "jilin-daily" })
    }

    @Test func readsGB18030AndUTF16PagesMadeHere() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊主持召开省政府常务会议。\n吴靖平、安立佳参加会议。\n"
        // GB18030 through the system's iconv, UTF-16 little-endian with its BOM by hand.
        let utf8 = dir.appendingPathComponent("utf8.txt")
        try Data(text.utf8).write(to: utf8)
        let gb = dir.appendingPathComponent("page-gb18030.txt")
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", "-o", gb.path, utf8.path]
        try iconv.run()
        iconv.waitUntilExit()
        #expect(iconv.terminationStatus == 0)
        try FileManager.default.removeItem(at: utf8)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(utf16).write(to: dir.appendingPathComponent("page-utf16.txt"))
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let report = try Ingestor(store: store).ingest(paths: [dir.path])
        #expect(report.failed.isEmpty, "\(report.failed.map { $0.error!.description })")
        let articles = try store.articles()
        #expect(articles.count == 2)
        #expect(articles.allSatisfy { $0.text.hasPrefix("本报6月16日讯（记者于小博）今天，省委副书记") })
        #expect(articles.allSatisfy { $0.reporters == ["于小博"] })
    }

    @Test(.enabled(if: IngestorTests.corpusAvailable, "needs ../shared/corpus"))
    func ingestingInHalvesInEitherOrderGivesTheSameFacts() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = try PageCollector().collect([Self.corpus.path]).map(\.path)
        let half = pages.count / 2
        let orders: [[[String]]] = [[pages], [Array(pages[..<half]), Array(pages[half...])], [Array(pages[half...]), Array(pages[..<half])]]
        var dumps: [String] = []
        for (n, order) in orders.enumerated() {
            let store = try GraphStore(path: dir.appendingPathComponent("g\(n).sqlite").path)
            let ingestor = try Ingestor(store: store)
            for part in order {
                // Files of one half are ingested one by one with their index entries.
                for page in try PageCollector().collect([Self.corpus.path]) where part.contains(page.path) {
                    let document = try ingestor.analyse(path: page.path, index: page.index)
                    _ = try store.ingest(document)
                }
            }
            dumps.append(try GraphDump.facts(store))
        }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0] == dumps[2])
        #expect(dumps[0].count > 1000)
    }

    @Test(.enabled(if: IngestorTests.corpusAvailable, "needs ../shared/corpus"))
    func theGraphIsTheSameWithOneWorkerWithFourAndFileByFile() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // (workers, files per batch): the default, many workers with small batches, one file a transaction.
        let runs = [(1, 128), (4, 7), (2, 1)]
        var dumps: [String] = []
        for (workers, batch) in runs {
            let store = try GraphStore(path: dir.appendingPathComponent("g\(workers)-\(batch).sqlite").path)
            var ingestor = try Ingestor(store: store, workers: workers)
            ingestor.batchFiles = batch
            let report = try ingestor.ingest(paths: [Self.seeds, Self.corpus.path])
            #expect(report.failed.isEmpty)
            let entities = try store.entities().map { "\($0.kind.rawValue) \($0.key) \($0.name) \($0.aliases)" }.sorted()
            dumps.append(try GraphDump.facts(store) + "\n\n" + entities.joined(separator: "\n"))
        }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0] == dumps[2])
        #expect(dumps[0].count > 1000)
    }
}

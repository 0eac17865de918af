import Foundation
import Testing
@testable import NewsGraph
import NewsGraphModel

@Suite struct PageCollectorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static var corpusAvailable: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("index.jsonl").path) }

    /// A temporary folder holding `files` (relative path → content); removed by the caller.
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-collect-" + UUID().uuidString)
        for (relative, text) in files {
            let file = url.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    @Test func foldersAreWalkedRecursivelyAndSortedKeepingOnlyPages() throws {
        let dir = try folder([
            "jilin-daily/2022-06-17/02.txt": "二", "jilin-daily/2022-06-17/01.html": "<p>一</p>", "henan/2022-05-12/01.TXT": "河南",
            "henan/2022-05-12/scan.pdf": "%PDF-1.4", "jilin-daily/undated/a.htm": "a", "notes.md": "笔记", "data.json": "{}",
            "jilin-daily/.hidden.txt": "隐藏", "README.txt": "说明", "readme.md": "说明", "index.jsonl": "",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = try PageCollector().collect([dir.path])
        #expect(pages.map { String($0.path.dropFirst(dir.path.count + 1)) } == [
            "henan/2022-05-12/01.TXT", "henan/2022-05-12/scan.pdf", "jilin-daily/2022-06-17/01.html",
            "jilin-daily/2022-06-17/02.txt", "jilin-daily/undated/a.htm",
        ])
        #expect(pages.allSatisfy { $0.index == nil })
        // A trailing slash gives the same paths, without a double slash.
        #expect(try PageCollector().collect([dir.path + "/"]) == pages)
    }

    @Test func filesGivenByNameAreTakenAsTheyAreAndInTheOrderGiven() throws {
        let dir = try folder(["b.txt": "乙", "a.dat": "甲", "sub/c.txt": "丙"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let b = dir.appendingPathComponent("b.txt").path
        let a = dir.appendingPathComponent("a.dat").path
        let sub = dir.appendingPathComponent("sub").path
        #expect(try PageCollector().collect([b, a, sub]).map(\.path) == [b, a, sub + "/c.txt"])
    }

    @Test func aFolderNamedAnyWayGivesItsPagesTheSameSources() throws {
        let dir = try folder(["pages/jilin-daily/2022-06-17/01.txt": "一", "pages/02.txt": "二"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        let link = dir.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: pages)
        let spellings = [pages.path, pages.path + "/", dir.path + "/./pages/../pages", link.path]
        let sources = try spellings.map { try PageCollector().collect([$0]).map(\.source) }
        #expect(sources[0] == ["pages/02.txt", "pages/jilin-daily/2022-06-17/01.txt"])
        #expect(sources.allSatisfy { $0 == sources[0] })
        // Read where the user pointed: the path keeps their spelling.
        #expect(try PageCollector().collect([link.path]).map(\.path) == [link.path + "/02.txt", link.path + "/jilin-daily/2022-06-17/01.txt"])
    }

    @Test func aFileGivenByNameOrReachedByALinkOutOfTheFolderIsNamedByItsCanonicalPath() throws {
        let dir = try folder(["pages/a.txt": "甲", "elsewhere/b.txt": "乙"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let canonical = try CanonicalPath.resolve(dir.path)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/pages/b.txt", withDestinationPath: "../elsewhere/b.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/pages/c.txt", withDestinationPath: "a.txt")
        let pages = try PageCollector().collect([dir.path + "/pages"])
        #expect(pages.map(\.source) == ["pages/a.txt", canonical + "/elsewhere/b.txt", "pages/a.txt"])
        let given = try PageCollector().collect([dir.path + "/pages/../pages/c.txt"])
        #expect(given.map(\.source) == [canonical + "/pages/a.txt"])
    }

    @Test func aMissingPathIsAnErrorNamingIt() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-no-such-" + UUID().uuidString).path
        let error = #expect(throws: NewsGraphError.self) { try PageCollector().collect([missing]) }
        #expect(error?.kind == .unreadable)
        #expect(error?.file == missing)
        #expect(error?.description.hasPrefix(missing + ": ") == true)
    }

    @Test func indexEntriesGiveThePaperDateAndAddress() throws {
        let index = """
            {"path": "jilin-daily/2022-06-17/01.txt", "paper": "jilin-daily", "issue_date": "2022-06-17", "source": "https://example.org/a"}
            {"path": "pages/undated.txt", "paper": "henan", "issue_date": null, "source": "https://example.org/b", "headline": "extra keys are fine"}

            """
        let dir = try folder(["index.jsonl": index, "jilin-daily/2022-06-17/01.txt": "一", "pages/undated.txt": "二", "pages/other.txt": "三"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = try PageCollector().collect([dir.path])
        let byName = Dictionary(uniqueKeysWithValues: pages.map { (String($0.path.dropFirst(dir.path.count + 1)), $0.index) })
        #expect(byName.count == 3)
        #expect(byName["jilin-daily/2022-06-17/01.txt"]! == IssueInfo(paper: "jilin-daily", date: SimpleDate(year: 2022, month: 6, day: 17),
                                                                      dateSource: .index, url: "https://example.org/a"))
        #expect(byName["pages/undated.txt"]! == IssueInfo(paper: "henan", date: nil, dateSource: nil, url: "https://example.org/b"))
        #expect(byName["pages/other.txt"]! == nil)
    }

    /// What collecting a folder holding `index` and `a.txt` gives, with the folder's path.
    func collected(_ index: String) throws -> (collection: PageCollector.Collection, folder: String) {
        let dir = try folder(["index.jsonl": index, "a.txt": "甲", "b.txt": "乙"])
        defer { try? FileManager.default.removeItem(at: dir) }
        return (try PageCollector().collectReporting([dir.path]), dir.path)
    }

    @Test func aBadIndexLineIsSkippedWithAWarningNamingTheFileAndLine() throws {
        let a = #"{"path": "a.txt", "paper": "jilin-daily", "issue_date": "2022-06-17"}"#
        let b = #"{"path": "b.txt", "paper": "henan", "issue_date": "2022-05-12"}"#
        let (collection, dir) = try collected(a + "\n" + #"{"paper": "jilin-daily"}"# + "\n" + b + "\n")
        #expect(collection.pages.map(\.path) == [dir + "/a.txt", dir + "/b.txt"])
        #expect(collection.pages.map { $0.index?.paper } == ["jilin-daily", "henan"], "the lines around the bad one are read")
        let warning = try #require(collection.warnings.first)
        #expect(collection.warnings.count == 1)
        #expect(warning.kind == .malformedPage)
        #expect(warning.file == dir + "/index.jsonl")
        #expect(warning.line == 2)
        #expect(warning.description.hasPrefix(dir + "/index.jsonl, line 2: "))
        #expect(warning.message.hasSuffix("line skipped"))
        #expect(try collected(a + "\n" + b + "\n{not json\n").collection.warnings.map(\.line) == [3])
    }

    @Test func aBadIndexLineAfterABlankLineIsNamedByItsLineInTheFile() throws {
        let good = #"{"path": "a.txt", "paper": "jilin-daily", "issue_date": "2022-06-17"}"#
        let (collection, _) = try collected(good + "\n\n" + "{not json\n[]\n")
        #expect(collection.warnings.map(\.line) == [3, 4])
        #expect(collection.pages.count == 2)
    }

    @Test(.enabled(if: PageCollectorTests.corpusAvailable, "needs ../shared/corpus"))
    func everyCorpusPageHasItsIndexEntry() throws {
        let pages = try PageCollector().collect([Self.corpus.path])
        let lines = try String(contentsOf: Self.corpus.appendingPathComponent("index.jsonl"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.isEmpty }
        #expect(pages.count == lines.count)
        #expect(pages.allSatisfy { $0.index?.paper != nil && $0.index?.url?.hasPrefix("http") == true })
        #expect(pages.map(\.path) == pages.map(\.path).sorted())
        let undated = pages.filter { $0.path.contains("/undated/") }
        #expect(!undated.isEmpty)
        #expect(undated.allSatisfy { $0.index?.date == nil })
        #expect(pages.filter { !$0.path.contains("/undated/") }.allSatisfy { $0.index?.dateSource == .index })
    }
}

import ArgumentParser
import Foundation
@testable import NewsGraph
@testable import NewsGraphCLI
import NewsGraphStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("newsgraph ingest")
struct IngestCommandTests {
    /// A temporary folder; the caller removes it.
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-ingest-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the seed page: the summary of what was found, then one line of counts; again, unchanged")
    func seed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        let first = try SeedGraph.execute(["ingest", SeedGraph.seedPage, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.lines.contains("    会议 省政府2022年第14次常务会议 (2022-06-16)"))
        #expect(first.lines.contains("      主持: 韩俊"))
        let summary = try #require(first.lines.last { !$0.isEmpty })
        #expect(summary.hasPrefix("1 file(s): 1 new, 0 replaced, 0 unchanged, 0 failed; 8334 characters in "))
        #expect(summary.hasSuffix(" → \(db)"))
        #expect(try GraphStore(path: db).stats().articles == 5)
        let again = try SeedGraph.execute(["ingest", SeedGraph.seedPage, "--quiet", "--db", db])
        #expect(again.status == 0)
        #expect(again.lines.filter { !$0.isEmpty }.count == 1)
        #expect(again.stdout.hasPrefix("1 file(s): 0 new, 0 replaced, 1 unchanged, 0 failed; 8334 characters"))
    }

    /// Ingests `folder` as it is named, then `./folder` and its absolute path, running in `parent`:
    /// the later runs find every page unchanged and leave the same issues and facts.
    func ingestUnderThreeSpellings(_ name: String, in parent: URL, db: String) throws {
        let first = try SeedGraph.execute(["ingest", name, "--quiet", "--db", db], in: parent)
        #expect(first.status == 0, "\(first.stderr)")
        let pages = try #require(Int(first.stdout.prefix { $0 != " " }))
        let issues = try GraphStore(path: db).stats().issues
        let facts = try SeedGraph.execute(["facts", "--db", db])
        for spelling in ["./" + name + "/", parent.appendingPathComponent(name).path] {
            let again = try SeedGraph.execute(["ingest", spelling, "--quiet", "--db", db], in: parent)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.hasPrefix("\(pages) file(s): 0 new, 0 replaced, \(pages) unchanged, 0 failed"), "\(spelling)")
            #expect(try GraphStore(path: db).stats().issues == issues)
            #expect(try SeedGraph.execute(["facts", "--db", db]).stdout == facts.stdout)
        }
    }

    @Test("a folder named relatively, with ./ and by its absolute path is stored once; a copy is a duplicate")
    func spellingsOfOneFolder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SeedGraph.seedPage, toPath: pages.appendingPathComponent("seed.txt").path)
        let db = dir.appendingPathComponent("g.sqlite").path
        try ingestUnderThreeSpellings("pages", in: dir, db: db)
        #expect(try GraphStore(path: db).articles().map(\.sourcePath).allSatisfy { $0 == "pages/seed.txt" })
        try FileManager.default.copyItem(atPath: SeedGraph.seedPage, toPath: dir.appendingPathComponent("copy.txt").path)
        let copy = try SeedGraph.execute(["ingest", "copy.txt", "--quiet", "--db", db], in: dir)
        #expect(copy.status == 0)
        #expect(copy.stderr.contains("duplicate: copy.txt (\(try CanonicalPath.resolve(dir.path))/copy.txt) has the same content as pages/seed.txt, stored once"))
        #expect(copy.stdout.hasPrefix("1 file(s): 0 new, 0 replaced, 0 unchanged, 1 duplicate, 0 failed"))
        #expect(try GraphStore(path: db).stats().issues == 1)
    }

    @Test("../shared/corpus as corpus, ./corpus/ and its absolute path: the same issues and facts as one ingest",
          .enabled(if: FileManager.default.fileExists(atPath: SeedGraph.packageRoot.appendingPathComponent("../shared/corpus/index.jsonl").path)))
    func spellingsOfTheCorpus() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shared = SeedGraph.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        try ingestUnderThreeSpellings("corpus", in: shared, db: dir.appendingPathComponent("g.sqlite").path)
    }

    @Test("two ingests of ../shared/corpus at once into one new database, `stats` run over and over meanwhile: both exit 0, no stats run fails or sees fewer issues than before, and the facts equal one ingest's",
          .enabled(if: FileManager.default.fileExists(atPath: SeedGraph.packageRoot.appendingPathComponent("../shared/corpus/index.jsonl").path)),
          .timeLimit(.minutes(10)))
    func concurrentIngests() throws {
        _ = try #require(SeedGraph.executable, "the newsgraph executable is not built (swift build --build-tests)")
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        let ingest = ["ingest", "../shared/corpus", "--quiet", "--db"]
        let runs = Runs()
        let group = DispatchGroup()
        for writer in 0..<2 {
            DispatchQueue.global().async(group: group) {
                runs.set(writer, (try? SeedGraph.execute(ingest + [db], in: SeedGraph.packageRoot))
                    ?? SeedGraph.Run(status: -1, stdout: "", stderr: "could not run"))
            }
        }
        let start = Date()
        while !FileManager.default.fileExists(atPath: db), Date().timeIntervalSince(start) < 60 { usleep(10_000) }
        // Until the first writer has committed its schema there is no graph yet: that refusal is
        // an answer only before the first run that succeeds; any other failure, or one after, is not.
        var readerRuns = 0, answered = 0, issues = 0, failures: [String] = []
        while group.wait(timeout: .now()) == .timedOut, readerRuns < 500, Date().timeIntervalSince(start) < 300 {
            let stats = try SeedGraph.execute(["stats", "--format", "json", "--db", db])
            readerRuns += 1
            let seen = (try? SeedGraph.json(stats.stdout) as? [String: Int])?["issues"]
            if stats.status == 0, let seen, seen >= issues {
                answered += 1
                issues = seen
            } else if answered > 0 || !stats.stderr.contains("holds no graph yet") {
                failures.append("stats run \(readerRuns): exit \(stats.status), issues \(seen.map(String.init) ?? "?") after \(issues): \(stats.stderr)")
            }
        }
        group.wait()
        let failed = failures.count
        #expect(failed == 0, "\(failed) of \(readerRuns) stats runs failed:\n\(failures.prefix(3).joined(separator: "\n"))")
        #expect(answered > 0, "no stats run saw the graph while it was being ingested (\(readerRuns) run(s))")
        let both = runs.all
        #expect(both.count == 2 && both.allSatisfy { $0.status == 0 }, "\(both.map { "exit \($0.status): \($0.stdout)\($0.stderr)" })")
        let once = dir.appendingPathComponent("once.sqlite").path
        let single = try SeedGraph.execute(ingest + [once], in: SeedGraph.packageRoot)
        #expect(single.status == 0, "\(single.stderr)")
        let facts = try SeedGraph.execute(["facts", "--db", db]), expected = try SeedGraph.execute(["facts", "--db", once])
        #expect(facts.status == 0 && expected.status == 0 && !expected.stdout.isEmpty)
        #expect(facts.stdout == expected.stdout, "the facts of the two concurrent ingests differ from one ingest's")
        #expect(try GraphStore(path: db).stats().issues == GraphStore(path: once).stats().issues)
    }

    @Test("two ingests started together into a new database both succeed, again and again")
    func simultaneousStartsOnANewDatabase() throws {
        _ = try #require(SeedGraph.executable, "the newsgraph executable is not built (swift build --build-tests)")
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Both find a new file: one creates it, switches its journal and migrates while the other
        // waits (before: `database is locked` at open, or a migration race, in most pairs).
        for pair in 0..<6 {
            let db = dir.appendingPathComponent("race-\(pair).sqlite").path
            let runs = Runs()
            let group = DispatchGroup()
            for writer in 0..<2 {
                DispatchQueue.global().async(group: group) {
                    runs.set(writer, (try? SeedGraph.execute(["ingest", SeedGraph.seedPage, "--quiet", "--db", db]))
                        ?? SeedGraph.Run(status: -1, stdout: "", stderr: "could not run"))
                }
            }
            group.wait()
            let both = runs.all
            #expect(both.count == 2 && both.allSatisfy { $0.status == 0 }, "pair \(pair): \(both.map { "exit \($0.status): \($0.stderr)" })")
            #expect(try GraphStore(path: db).stats().issues == 1)
        }
    }

    @Test("an ingest that finds another writer at work says it waits, then finishes")
    func waitingForAnotherWriterIsSaid() throws {
        _ = try #require(SeedGraph.executable, "the newsgraph executable is not built (swift build --build-tests)")
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        #expect(try SeedGraph.execute(["ingest", SeedGraph.seedPage, "--quiet", "--db", db]).status == 0)
        let other = dir.appendingPathComponent("other.txt")
        try String(repeating: "县里召开秋粮收购工作会议。", count: 3).write(to: other, atomically: true, encoding: .utf8)
        // Another program holds a write transaction for two seconds.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [db]
        let script = Pipe()
        holder.standardInput = script
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        script.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nCREATE TABLE lock_holder (x);\n.shell sleep 2\nROLLBACK;\n".utf8))
        try script.fileHandleForWriting.close()
        usleep(500_000)
        let run = try SeedGraph.execute(["ingest", other.path, "--quiet", "--db", db])
        holder.waitUntilExit()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("is being written by another process; waiting for it to finish"), "\(run.stderr)")
    }

    /// What the concurrent ingests gave, written from their threads.
    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [Int: SeedGraph.Run] = [:]
        func set(_ writer: Int, _ run: SeedGraph.Run) { lock.withLock { runs[writer] = run } }
        var all: [SeedGraph.Run] { lock.withLock { runs.sorted { $0.key < $1.key }.map(\.value) } }
    }

    @Test("a loop of links, a FIFO and a path past PATH_MAX are each an error naming it; exit 1, the rest ingested")
    func hostilePaths() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SeedGraph.seedPage, toPath: pages.appendingPathComponent("seed.txt").path)
        try FileManager.default.createSymbolicLink(atPath: pages.path + "/loop.txt", withDestinationPath: "loop.txt")
        #expect(mkfifo(pages.path + "/pipe.txt", 0o644) == 0)
        let long = dir.path + String(repeating: "/very-long-folder-name", count: 200) + "/page.txt"
        let db = dir.appendingPathComponent("g.sqlite").path
        let run = try SeedGraph.execute(["ingest", "pages", pages.path + "/pipe.txt", long, "--quiet", "--db", db], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: pages/loop.txt: unreadable file: a loop of symbolic links"))
        #expect(run.stderr.contains("error: pages/pipe.txt: unreadable file: a FIFO (named pipe), not a page file; not read"))
        #expect(run.stderr.contains("error: \(pages.path)/pipe.txt: unreadable file: a FIFO"))
        #expect(run.stderr.contains("error: \(long): unreadable file: the path is longer than the system allows"))
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
        #expect(run.stderr.contains("5 file(s): 1 new, 0 replaced, 0 unchanged, 4 failed"))
        #expect(try GraphStore(path: db).stats().articles == 5)
    }

    @Test("a bad index.jsonl line is a warning naming the file and line; the pages are still ingested")
    func badIndexLine() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SeedGraph.seedPage, toPath: pages.appendingPathComponent("seed.txt").path)
        try Data("not json\n".utf8).write(to: pages.appendingPathComponent("index.jsonl"))
        let db = dir.appendingPathComponent("g.sqlite").path
        let run = try SeedGraph.execute(["ingest", pages.path, "--quiet", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: \(pages.path)/index.jsonl, line 1: malformed page: not an index entry"))
        #expect(run.stdout.hasPrefix("1 file(s): 1 new, 0 replaced, 0 unchanged, 0 failed"))
    }

    @Test("a binary file makes the command exit non-zero, naming the file, and the good file is still stored")
    func binaryFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(to: pages.appendingPathComponent("image.txt"))
        try FileManager.default.copyItem(atPath: SeedGraph.seedPage, toPath: pages.appendingPathComponent("seed.txt").path)
        let db = dir.appendingPathComponent("g.sqlite").path
        let run = try SeedGraph.execute(["ingest", pages.path, "--db", db])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: \(pages.path)/image.txt, byte 8: binary input"))
        #expect(run.stderr.contains("2 file(s): 1 new, 0 replaced, 0 unchanged, 1 failed"))
        #expect(!run.stdout.contains("file(s):"), "the summary of a failed run goes to standard error")
        #expect(try GraphStore(path: db).stats().articles == 5)
    }

    @Test("run() throws exit code 1 when a file fails")
    func exitCode() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("binary.txt")
        try Data([0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE]).write(to: file)
        let db = dir.appendingPathComponent("g.sqlite").path
        let command = try SeedGraph.command(["ingest", file.path, "--quiet", "--db", db], as: IngestCommand.self)
        #expect(throws: ExitCode(1)) { try command.run() }
        #expect(try GraphStore(path: db).stats().articles == 0)
    }

    @Test("a malformed --issue-date is refused before anything is read; a missing path fails")
    func badArguments() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        let run = try SeedGraph.execute(["ingest", SeedGraph.seedPage, "--issue-date", "17.06.2022", "--db", db])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--issue-date must be a date written YYYY-MM-DD, not 17.06.2022"))
        #expect(!FileManager.default.fileExists(atPath: db))
        let missing = dir.appendingPathComponent("nowhere").path
        #expect(throws: (any Error).self) { try SeedGraph.run(["ingest", missing, "--db", db]) }
    }

    @Test("--issue-date takes only YYYY-MM-DD, as the query commands' dates do", arguments: ["2022-6-17", "22-06-17"])
    func issueDateNotWrittenInFull(date: String) throws {
        #expect(throws: (any Error).self) { _ = try SeedGraph.command(["ingest", SeedGraph.seedPage, "--issue-date", date], as: IngestCommand.self) }
    }

    @Test("--paper and --issue-date are stored for a page whose path says nothing")
    func overrides() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("g.sqlite").path
        let run = try SeedGraph.execute(["ingest", SeedGraph.seedPage, "--paper", "jilin-daily", "--issue-date", "2022-06-18", "--page", "1", "-q", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let articles = try GraphStore(path: db).articles()
        #expect(articles.count == 5)
        #expect(articles.allSatisfy { $0.paper == "jilin-daily" && $0.issueDate == "2022-06-18" && $0.page == 1 })
    }
}

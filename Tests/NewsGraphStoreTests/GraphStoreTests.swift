import Foundation
import GRDB
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite("GraphStore")
struct GraphStoreTests {
    /// Holds an immediate (write) transaction on `file` from another connection for `seconds`,
    /// on its own thread; returns once the lock is taken, and a semaphore signalled when released.
    static func holdWriteLock(on file: URL, for seconds: TimeInterval) throws -> DispatchSemaphore {
        let blocker = try DatabaseQueue(path: file.path)
        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? blocker.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE TRANSACTION")
                locked.signal()
                Thread.sleep(forTimeInterval: seconds)
                try db.execute(sql: "COMMIT")
            }
            released.signal()
        }
        locked.wait()
        return released
    }

    @Test("a second writer waits for the first one's transaction instead of failing with database is locked")
    func writerWaitsForWriter() throws {
        try Fixtures.withStore { _, file in
            let released = try Self.holdWriteLock(on: file, for: 1.5)
            let started = Date()
            let second = try GraphStore(path: file.path)
            let outcome = try second.ingest(Fixtures.meetingDocument())
            #expect(Date().timeIntervalSince(started) >= 1)
            #expect(outcome == .inserted(articles: 1, mentions: Fixtures.meetingMentions, relations: Fixtures.meetingRelations))
            released.wait()
        }
    }

    @Test("a writer gives up after its busy timeout with an error naming the file")
    func busyTimeoutEnds() throws {
        try Fixtures.withStore { _, file in
            let released = try Self.holdWriteLock(on: file, for: 2)
            let impatient = try GraphStore(path: file.path, busyTimeout: 0.3)
            #expect {
                try impatient.ingest(Fixtures.meetingDocument())
            } throws: { error in
                guard let error = error as? NewsGraphError else { return false }
                return error.kind == .database && error.file == "吉林日报/2022-06-17/01.txt"
                    && error.description.contains("locked")
            }
            released.wait()
        }
    }

    @Test("two stores ingesting into one file at once both succeed")
    func concurrentWriters() throws {
        try Fixtures.withStore { store, file in
            let failures = Failures()
            let group = DispatchGroup()
            for writer in 0..<2 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    do {
                        let other = try GraphStore(path: file.path)
                        for page in 0..<12 {
                            let path = "吉林日报/2022-06-\(10 + page)/0\(writer + 1).txt"
                            _ = try other.ingest(Fixtures.meetingDocument(path: path, hash: path))
                        }
                    } catch {
                        failures.record("\(error)")
                    }
                }
            }
            group.wait()
            #expect(failures.messages.isEmpty)
            let issues = try store.stats().issues
            #expect(issues == 24)
        }
    }
}

private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var messages: [String] { lock.lock(); defer { lock.unlock() }; return stored }
    func record(_ message: String) { lock.lock(); stored.append(message); lock.unlock() }
}

@Suite("GraphStore read-only")
struct GraphStoreReadOnlyTests {
    /// The bytes of `file` and whether a -wal or -shm file lies beside it.
    static func snapshot(_ file: URL) throws -> (Data, Bool) {
        let fm = FileManager.default
        return (try Data(contentsOf: file), fm.fileExists(atPath: file.path + "-wal") || fm.fileExists(atPath: file.path + "-shm"))
    }

    @Test("a closed writer leaves a rollback journal; read-only queries change no byte and create no -wal or -shm")
    func readOnlyLeavesTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.sqlite")
        do {
            let writer = try GraphStore(path: file.path)
            _ = try writer.ingest(Fixtures.meetingDocument())
            #expect(FileManager.default.fileExists(atPath: file.path + "-wal"), "a writer works in WAL mode")
        }
        let before = try Self.snapshot(file)
        #expect(before.0[18] == 1 && before.1 == false, "at rest: rollback journal, no -wal, no -shm")
        let reader = try GraphStore.readOnly(path: file.path)
        #expect(reader.isReadOnly)
        #expect(try reader.stats().articles == 1)
        #expect(try reader.readOnlyQuery(sql: "SELECT count(*) FROM issues").rows == [["1"]])
        #expect(throws: NewsGraphError.self) { try reader.ingest(Fixtures.meetingDocument(path: "b.txt", hash: "b")) }
        let after = try Self.snapshot(file)
        #expect(after.0 == before.0)
        #expect(after.1 == false)
    }

    @Test("an older schema is refused read-only with `run newsgraph migrate`, unchanged; a writer migrates it")
    func olderSchema() throws {
        try Fixtures.withStore { store, file in
            _ = try store.ingest(Fixtures.meetingDocument())
            try store.dbQueue.writeWithoutTransaction { db in
                try db.execute(sql: String(contentsOf: Fixtures.preApplicationIDSchema, encoding: .utf8))
            }
            let folder = file.deletingLastPathComponent()
            let old = folder.appendingPathComponent("old.sqlite")
            try store.dbQueue.writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [old.path]) }
            let before = try GraphStoreReadOnlyTests.snapshot(old)
            let error = #expect(throws: NewsGraphError.self) { try GraphStore.readOnly(path: old.path) }
            #expect(error?.file == old.path)
            #expect(error?.message.hasSuffix("run `newsgraph migrate`") == true)
            let after = try GraphStoreReadOnlyTests.snapshot(old)
            #expect(after.0 == before.0 && after.1 == false)
            #expect(try GraphStore.appliedMigrations(inFileAt: old.path).last == "008_mention_scores")
            #expect(try GraphStore(path: old.path).appliedMigrations() == (try SchemaMigrations.identifiers()))
            #expect(try GraphStore.readOnly(path: old.path).stats().articles == 1)
        }
    }

    @Test("a foreign SQLite file is refused by both ways of opening and stays byte-identical")
    func foreignFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("other.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "CREATE TABLE notes (text); INSERT INTO notes VALUES ('x')") }
        try queue.close()
        let before = try GraphStoreReadOnlyTests.snapshot(file)
        for open in [{ try GraphStore(path: file.path) }, { try GraphStore.readOnly(path: file.path) }] {
            let error = #expect(throws: NewsGraphError.self) { _ = try open() }
            #expect(error?.description.hasPrefix(file.path + ": database error: not a NewsGraph database") == true)
        }
        let after = try GraphStoreReadOnlyTests.snapshot(file)
        #expect(after.0 == before.0 && after.1 == false)
    }
}

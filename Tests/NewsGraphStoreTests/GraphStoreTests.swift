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

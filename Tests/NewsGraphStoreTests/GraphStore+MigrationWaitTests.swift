import Foundation
import Testing
@testable import NewsGraphStore

@Suite struct GraphStoreMigrationWaitTests {
    @Test func aReaderWaitsForAWriterThatIsCreatingTheGraph() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A finished graph, and the file a writer is still creating (empty, its lock held).
        let done = folder.appendingPathComponent("done.sqlite").path
        _ = try GraphStore(path: done)
        let path = folder.appendingPathComponent("g.sqlite").path
        FileManager.default.createFile(atPath: path, contents: Data())
        let lock = open(path, O_RDONLY)
        #expect(lock >= 0)
        flock(lock, LOCK_EX)
        let opened = ResultBox()
        let reader = Thread {
            opened.set((try? GraphStore.readOnly(path: path)) != nil)
        }
        reader.start()
        // The reader finds no graph yet and waits; the writer then finishes and lets go.
        Thread.sleep(forTimeInterval: 0.5)
        try #require(FileManager.default.contents(atPath: done)).write(to: URL(fileURLWithPath: path))
        flock(lock, LOCK_UN)
        close(lock)
        while opened.get() == nil { Thread.sleep(forTimeInterval: 0.01) }
        #expect(opened.get() == true)
    }
}

/// A value set by one thread and read by another.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Bool?
    func set(_ v: Bool) { lock.lock(); value = v; lock.unlock() }
    func get() -> Bool? { lock.lock(); defer { lock.unlock() }; return value }
}

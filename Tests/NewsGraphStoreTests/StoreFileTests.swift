import Foundation
import GRDB
@testable import NewsGraphStore
import Testing

@Suite("StoreFile")
struct StoreFileTests {
    /// The state of `file` with this version's migrations.
    func state(_ file: URL) throws -> StoreFile.State {
        try StoreFile.state(of: file.path, migrations: try SchemaMigrations.identifiers())
    }

    /// Makes a SQLite file at `file` with `sql` run in it, then closes it.
    func sqlite(_ file: URL, _ sql: String) throws {
        let queue = try DatabaseQueue(path: file.path)
        try queue.writeWithoutTransaction { try $0.execute(sql: sql) }
        try queue.close()
    }

    @Test("no file, an empty file and a SQLite file without tables can hold a new graph")
    func new() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try state(folder.appendingPathComponent("missing.sqlite")) == .new)
        let empty = folder.appendingPathComponent("empty.sqlite")
        try Data().write(to: empty)
        #expect(try state(empty) == .new)
        let bare = folder.appendingPathComponent("bare.sqlite")
        try sqlite(bare, "PRAGMA user_version = 0; VACUUM")
        #expect(try state(bare) == .new)
    }

    @Test("a text file, another program's SQLite file and one with another application id are foreign")
    func foreign() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("notes.sqlite")
        try Data("not a database, but long enough to fill a header of a hundred bytes .........................".utf8).write(to: text)
        #expect(try state(text) == .foreign("not a SQLite database"))
        let other = folder.appendingPathComponent("other.sqlite")
        try sqlite(other, "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        #expect(try state(other) == .foreign("a SQLite database without NewsGraph's tables"))
        let marked = folder.appendingPathComponent("marked.sqlite")
        try sqlite(marked, "PRAGMA application_id = 42; CREATE TABLE t (x)")
        #expect(try state(marked) == .foreign("a SQLite database of another program (application_id 0x0000002A)"))
    }

    @Test("a NewsGraph file is recognised with its pending migrations; looking creates no -wal or -shm, even in WAL mode")
    func newsGraph() throws {
        try Fixtures.withStore { store, file in
            _ = try store.ingest(Fixtures.meetingDocument())
            // The store is still open (WAL mode, with its -wal and -shm); look at a copy in WAL mode without them.
            let copy = file.deletingLastPathComponent().appendingPathComponent("copy.sqlite")
            try store.dbQueue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try FileManager.default.copyItem(at: file, to: copy)
            let bytes = try Data(contentsOf: copy)
            #expect(bytes[18] == 2, "the copy is in WAL mode")
            #expect(try state(copy) == .newsGraph(pending: 0, unknown: 0))
            #expect(try StoreFile.state(of: copy.path, migrations: ["000_first"] + (try SchemaMigrations.identifiers()))
                    == .newsGraph(pending: 1, unknown: 0))
            #expect(try StoreFile.state(of: copy.path, migrations: ["001_initial"]) == .newsGraph(pending: 0, unknown: try SchemaMigrations.identifiers().count - 1))
            #expect(try Data(contentsOf: copy) == bytes)
            #expect(!FileManager.default.fileExists(atPath: copy.path + "-wal"))
            #expect(!FileManager.default.fileExists(atPath: copy.path + "-shm"))
            // Without the application id (a file from before 020), the migration table tells.
            try sqlite(copy, "PRAGMA application_id = 0; DELETE FROM grdb_migrations WHERE identifier >= '020'")
            #expect(try state(copy) == .newsGraph(pending: try SchemaMigrations.identifiers().filter { $0 >= "020" }.count, unknown: 0))
        }
    }
}

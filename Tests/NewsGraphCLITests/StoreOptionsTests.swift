import Foundation
import NewsGraphStore
import Testing

@Suite("--db: query commands read, never write")
struct StoreOptionsTests {
    /// The bytes of `file` and whether a -wal or -shm file lies beside it.
    static func snapshot(_ path: String) throws -> (bytes: Data, sidecar: Bool) {
        let fm = FileManager.default
        return (try Data(contentsOf: URL(fileURLWithPath: path)),
                fm.fileExists(atPath: path + "-wal") || fm.fileExists(atPath: path + "-shm"))
    }

    /// Every query command, with arguments that find something on the seed graph.
    static let queries: [[String]] = [
        ["stats"], ["sql", "SELECT count(*) FROM issues"], ["attendees", "畜禽粪污"], ["meetings", "--person", "韩俊"],
        ["person", "韩俊"], ["trace", "助企纾困"], ["search", "稳岗"], ["show", "1"], ["articles"], ["facts"],
        ["explain", "韩俊"], ["export", "dot", "--meeting", "常务会议"],
    ]

    @Test("every query command on a copy of a graph leaves its bytes unchanged and makes no -wal or -shm file")
    func queriesChangeNothing() throws {
        try SeedGraph.withGraph { db in
            let copy = (db as NSString).deletingLastPathComponent + "/copy.sqlite"
            try FileManager.default.copyItem(atPath: db, toPath: copy)
            let before = try Self.snapshot(copy)
            #expect(before.sidecar == false)
            let gold = SeedGraph.packageRoot.appendingPathComponent("../shared/seed-gold.jsonl").path
            let eval = FileManager.default.fileExists(atPath: gold) ? [["eval", gold]] : []
            for arguments in Self.queries + eval {
                let run = try SeedGraph.execute(arguments + ["--db", copy])
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
                #expect(!run.stdout.isEmpty, "\(arguments)")
                let after = try Self.snapshot(copy)
                #expect(after.bytes == before.bytes, "\(arguments) changed the file")
                #expect(after.sidecar == false, "\(arguments) left a -wal or -shm file")
            }
        }
    }

    @Test("a foreign SQLite file given to stats, sql and ingest is refused and stays byte-identical")
    func foreignFileRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-foreign-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("photos.db").path
        let made = Process()
        made.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        made.arguments = [file, "PRAGMA journal_mode = WAL; CREATE TABLE photos (name, taken); INSERT INTO photos VALUES ('a.jpg', '2022-06-17');"]
        made.standardOutput = FileHandle.nullDevice
        try made.run()
        made.waitUntilExit()
        try #require(made.terminationStatus == 0)
        let before = try Self.snapshot(file)
        for arguments in [["stats"], ["sql", "SELECT * FROM photos"], ["ingest", SeedGraph.seedPage]] {
            let run = try SeedGraph.execute(arguments + ["--db", file])
            #expect(run.status != 0, "\(arguments)")
            #expect(run.stderr.contains("\(file): database error: not a NewsGraph database"), "\(arguments): \(run.stderr)")
            let after = try Self.snapshot(file)
            #expect(after.bytes == before.bytes, "\(arguments) changed the file")
            #expect(after.sidecar == false, "\(arguments) left a -wal or -shm file")
        }
    }
}

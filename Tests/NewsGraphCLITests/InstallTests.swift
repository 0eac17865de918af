import Foundation
import Testing

/// `scripts/install.sh` and the relocatable binary: the built `newsgraph` installed into a
/// temporary prefix (bin + share/newsgraph) answers and ingests the seed page from there.
@Suite("install: a relocatable binary")
struct InstallTests {
    /// Runs `executable arguments` in `directory` with `environment` added; (status, stdout, stderr).
    func run(_ executable: String, _ arguments: [String], in directory: URL,
             environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let out = directory.appendingPathComponent("out-" + UUID().uuidString), err = directory.appendingPathComponent("err-" + UUID().uuidString)
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NEWSGRAPH_RESOURCES")
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    @Test("install.sh puts the binary and its resources under a prefix; from there it answers --help and ingests seeds/")
    func installedBinaryWorks() throws {
        let built = try #require(SeedGraph.executable, "the newsgraph executable is not built")
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-prefix-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let script = SeedGraph.packageRoot.appendingPathComponent("scripts/install.sh").path
        let install = try run("/bin/bash", [script, "--build-dir", built.deletingLastPathComponent().path, "--prefix", prefix.path], in: prefix)
        #expect(install.status == 0, "\(install.stderr)")
        let binary = prefix.appendingPathComponent("bin/newsgraph").path
        for resource in ["share/newsgraph/Schema/001_initial.sql", "share/newsgraph/Lexicons/post-heads.txt", "share/newsgraph/Lexicons/entity-tagger.bin",
                         "share/newsgraph/Templates/meeting.mustache", "share/man/man1/newsgraph.1"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(resource).path), "\(resource)")
        }
        let help = try run(binary, ["--help"], in: prefix)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: newsgraph <subcommand>"))
        let seeds = SeedGraph.packageRoot.appendingPathComponent("seeds").path
        let ingest = try run(binary, ["ingest", seeds, "--quiet", "--db", "g.sqlite"], in: prefix)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.hasPrefix("1 file(s): 1 new, 0 replaced, 0 unchanged, 0 failed; 8334 characters"))
        let stats = try run(binary, ["stats", "--format", "csv", "--db", "g.sqlite"], in: prefix)
        #expect(stats.stdout.contains("articles,5"))
        // The web pages find their templates there too.
        let report = try run(binary, ["report", "--db", "g.sqlite", "-o", "site"], in: prefix)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("site/person-韩俊.html").path))
        // The binary copied on its own with resources named by the environment works too.
        let alone = prefix.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: binary, toPath: alone.path + "/newsgraph")
        let named = try run(alone.path + "/newsgraph", ["ingest", seeds, "--quiet", "--db", "h.sqlite"], in: alone,
                            environment: ["NEWSGRAPH_RESOURCES": prefix.path + "/share/newsgraph"])
        #expect(named.status == 0, "\(named.stderr)")
    }

    @Test("without its resources the binary fails with an error saying where it looked, not a crash")
    func missingResources() throws {
        let built = try #require(SeedGraph.executable, "the newsgraph executable is not built")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-noresources-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let nowhere = ["NEWSGRAPH_RESOURCES": folder.path + "/nowhere"]
        let ingest = try run(built.path, ["ingest", SeedGraph.seedPage, "--db", "g.sqlite"], in: folder, environment: nowhere)
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("Schema: unreadable file: NewsGraph's Schema folder was not found; looked in \(folder.path)/nowhere/Schema."))
        let tag = try run(built.path, ["tag"], in: folder, environment: nowhere)
        #expect(tag.status == 1)
        #expect(tag.stderr.contains("Lexicons: unreadable file: NewsGraph's Lexicons folder was not found"))
    }
}

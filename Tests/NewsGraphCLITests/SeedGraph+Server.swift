import Foundation
@testable import NewsGraphCLI
import Testing

/// `newsgraph serve` run as a process, for tests that load its pages.
extension SeedGraph {
    /// A running `newsgraph serve` and the address it printed.
    final class Server {
        let process: Process
        let url: String
        let folder: URL

        init(process: Process, url: String, folder: URL) {
            self.process = process
            self.url = url
            self.folder = folder
        }

        /// Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its output files.
        func stop() {
            if process.isRunning { process.terminate() }
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Starts `newsgraph serve --port 0 arguments…` and waits (at most 60 s) for the address it prints.
    static func serve(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Server {
        let tool = try #require(executable, "the newsgraph executable is not built (swift build --build-tests)", sourceLocation: sourceLocation)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-serve-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("http://") }) {
                return Server(process: process, url: String(line), folder: folder)
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        Server(process: process, url: "", folder: folder).stop()
        Issue.record("newsgraph serve printed no address: \(stderr)", sourceLocation: sourceLocation)
        throw CLIError("newsgraph serve did not start")
    }
}

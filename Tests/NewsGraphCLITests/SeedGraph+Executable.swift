import Foundation
import Testing

/// The built `newsgraph` executable, run as a process, for commands that print as they go.
extension SeedGraph {
    /// What a run of the executable gave.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// `newsgraph` beside the test bundle (`swift build --build-tests` builds both), else in `.build/debug`.
    static var executable: URL? {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL { candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("newsgraph")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("newsgraph"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/newsgraph"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `newsgraph arguments` (or another `tool`) with `input` on standard input, in `directory`
    /// (else a fresh temporary folder); output goes through files, so a large output cannot block the process.
    static func execute(_ arguments: [String], input: String? = nil, in directory: URL? = nil, tool: URL? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        let tool = try tool ?? #require(executable, "the newsgraph executable is not built (swift build --build-tests)", sourceLocation: sourceLocation)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-run-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? folder
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

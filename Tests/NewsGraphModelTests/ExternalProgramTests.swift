import Foundation
import Testing
import NewsGraphModel

/// Runs real stand-in programs: small shell scripts written into a temporary folder.
@Suite struct ExternalProgramTests {
    /// A temporary folder holding an executable `/bin/sh` script with `body`; returns the script's path.
    static func script(_ body: String, in folder: URL, named name: String = "stand-in") throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` on its own thread and waits at most `seconds`; nil when it did not return
    /// in time (the thread is left behind, so a hang fails the test instead of stopping the suite).
    static func finishing<T: Sendable>(within seconds: TimeInterval,
                                       _ body: @escaping @Sendable () throws -> T) -> Result<T, any Error>? {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.set(Result { try body() })
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.get()
    }

    @Test func aProgramWritingAMegabyteToStandardErrorDoesNotBlock() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chatty = try Self.script("""
            echo "first line of output"
            head -c 1048576 /dev/zero | tr '\\000' 'w' >&2
            echo "last line of output"
            """, in: folder)
        let outcome = try #require(Self.finishing(within: 30) {
            try ExternalProgram.run(chatty, arguments: [], file: "page.pdf")
        }, "the run did not finish within 30 s")
        let result = try outcome.get()
        #expect(result.status == 0)
        #expect(!result.signalled)
        #expect(result.errorOutput.count == 1_048_576)
        #expect(String(decoding: result.output, as: UTF8.self) == "first line of output\nlast line of output\n")
    }

    @Test func standardInputIsFedAndAFailingStatusIsReported() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let echo = try Self.script("cat; echo 'went wrong' >&2; exit 3", in: folder)
        let input = Data(String(repeating: "图", count: 200_000).utf8)
        let result = try ExternalProgram.run(echo, arguments: [], input: input, file: "graph.dot")
        #expect(result.status == 3)
        #expect(result.output == input)
        #expect(result.errorText == "went wrong")
    }

    @Test func aProgramPastItsTimeLimitIsStoppedWithAnErrorNamingTheFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let slow = try Self.script("echo starting; exec sleep 60", in: folder, named: "slow-tool")
        let started = Date()
        let outcome = try #require(Self.finishing(within: 30) {
            try ExternalProgram.run(slow, arguments: [], timeLimit: 1, file: "pages/damaged.pdf")
        }, "the time limit did not stop the program")
        #expect(Date().timeIntervalSince(started) < 30, "the time limit must stop the program, never let it hang")
        #expect {
            try outcome.get()
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .external && error.file == "pages/damaged.pdf"
                && error.message == "slow-tool did not finish within 1 s and was stopped"
        }
    }

    @Test func aMissingProgramIsAnErrorNamingTheFile() {
        #expect {
            try ExternalProgram.run("/nonexistent/tool", arguments: [], file: "page.pdf")
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .external && error.file == "page.pdf" && error.message.contains("/nonexistent/tool")
        }
    }
}

/// A result handed from one thread to another.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<T, any Error>?
    func set(_ result: Result<T, any Error>) { lock.lock(); value = result; lock.unlock() }
    func get() -> Result<T, any Error>? { lock.lock(); defer { lock.unlock() }; return value }
}

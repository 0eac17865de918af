import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an external program (pdftotext, dot, fc-list) directly — never through a shell —
/// reading its standard output and standard error at the same time, with a time limit.
///
/// Both streams are polled and drained together while the program runs, so a program that
/// writes megabytes of warnings to standard error while its output is being read can never
/// block on a full pipe. Standard input comes from a temporary file (or the null
/// device), so a large input can never block either. A program still running after `timeLimit`
/// seconds is terminated (SIGTERM, then SIGKILL) and the run fails with a `NewsGraphError` of
/// kind `.external` naming `file`, the file the program was working on.
///
/// ```swift
/// let result = try ExternalProgram.run("/usr/bin/pdftotext", arguments: ["-enc", "UTF-8", path, "-"],
///                                      file: path)
/// ```
public enum ExternalProgram {
    /// What a program left behind: how it ended and what it wrote.
    public struct Result: Sendable {
        /// The exit status, or the signal number when `signalled`.
        public var status: Int32
        /// True when the program was ended by a signal.
        public var signalled: Bool
        public var output: Data
        public var errorOutput: Data

        /// Standard error as trimmed text (invalid UTF-8 replaced).
        public var errorText: String {
            String(decoding: errorOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The time limit when none is given: one minute.
    public static let defaultTimeLimit: TimeInterval = 60

    /// Runs `executable` with `arguments`, feeding `input` on standard input.
    ///
    /// - Parameters:
    ///   - file: the file the program works on, named in every error.
    ///   - timeLimit: seconds the program may run before it is stopped.
    /// - Throws: `NewsGraphError(.external)` when the program cannot start or runs past the limit.
    ///   A non-zero exit is not an error here; callers read `status`.
    public static func run(_ executable: String, arguments: [String], input: Data = Data(),
                           timeLimit: TimeInterval = defaultTimeLimit, file: String) throws -> Result {
        let name = URL(fileURLWithPath: executable).lastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments

        var inputDirectory: URL?
        defer { if let inputDirectory { try? FileManager.default.removeItem(at: inputDirectory) } }
        let stdin: FileHandle
        do {
            if input.isEmpty {
                stdin = FileHandle.nullDevice
            } else {
                let directory = FileManager.default.temporaryDirectory
                    .appendingPathComponent("newsgraph-process-" + UUID().uuidString, isDirectory: true)
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                inputDirectory = directory
                let url = directory.appendingPathComponent("stdin")
                try input.write(to: url)
                stdin = try FileHandle(forReadingFrom: url)
            }
        } catch {
            throw NewsGraphError(.external, file: file, "cannot prepare the input of \(name): \(error.localizedDescription)")
        }
        defer { if stdin !== FileHandle.nullDevice { try? stdin.close() } }

        let outPipe = Pipe()
        let errPipe = Pipe()
        let exited = DispatchSemaphore(value: 0)
        process.standardInput = stdin
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw NewsGraphError(.external, file: file, "cannot run \(executable): \(error.localizedDescription)")
        }
        // The parent's copies of the write ends must go, or the streams never reach their end.
        try? outPipe.fileHandleForWriting.close()
        try? errPipe.fileHandleForWriting.close()

        var streams = [Stream(outPipe.fileHandleForReading.fileDescriptor),
                       Stream(errPipe.fileHandleForReading.fileDescriptor)]
        let deadline = Date().addingTimeInterval(timeLimit)
        var hasExited = false
        while true {
            if !hasExited { hasExited = exited.wait(timeout: .now()) == .success }
            // Once the program has ended, all it wrote is in the pipes: read what is there and stop
            // (a child it left behind, or another program started meanwhile, may hold them open).
            let readable = readReady(&streams, milliseconds: hasExited ? 0 : 50)
            if hasExited && !readable { break }
            if streams.allSatisfy(\.ended) {
                if hasExited { break }
                hasExited = exited.wait(timeout: .now() + max(0, deadline.timeIntervalSinceNow)) == .success
                if hasExited { break }
            }
            if Date() >= deadline {
                if hasExited { break }
                stop(process, exited: exited)
                throw NewsGraphError(.external, file: file,
                                     "\(name) did not finish within \(formatted(timeLimit)) s and was stopped")
            }
        }
        return Result(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                      output: streams[0].data, errorOutput: streams[1].data)
    }

    /// Ends a program that ran too long: SIGTERM, then SIGKILL.
    private static func stop(_ process: Process, exited: DispatchSemaphore) {
        process.terminate()
        if exited.wait(timeout: .now() + 2) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = exited.wait(timeout: .now() + 2)
        }
    }

    /// Waits at most `milliseconds` for any open stream to become readable and reads what each
    /// readable one holds; true when anything was read or a stream ended.
    private static func readReady(_ streams: inout [Stream], milliseconds: Int32) -> Bool {
        let open = streams.indices.filter { !streams[$0].ended }
        guard !open.isEmpty else { return false }
        var descriptors = open.map { pollfd(fd: streams[$0].descriptor, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        guard ready > 0 else { return false }
        var progressed = false
        for (slot, index) in open.enumerated() where descriptors[slot].revents != 0 {
            progressed = streams[index].readAvailable() || progressed
        }
        return progressed
    }

    private static func formatted(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// One output stream of a running program, read without blocking.
private struct Stream {
    let descriptor: Int32
    var data = Data()
    var ended = false

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// Reads everything the pipe holds now; true when anything was read or the stream ended.
    mutating func readAvailable() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var progressed = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
                progressed = true
            } else if count == 0 {
                ended = true
                return true
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                return progressed
            } else {
                ended = true
                return true
            }
        }
    }
}

import Foundation
import NewsGraphModel

/// Extracts a PDF's text with poppler's `pdftotext`, run as a process with arguments (no shell).
///
/// Its standard output and error are read at the same time (`ExternalProgram`), so a damaged PDF
/// that makes pdftotext write megabytes of warnings cannot block it; a run past `timeLimit`
/// seconds is stopped and fails naming the file.
public struct PDFText: Sendable {
    /// Where pdftotext is looked for when no path is given.
    public static let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"]

    /// The pdftotext program run; nil when none was found.
    public var executablePath: String?
    /// Seconds one PDF may take.
    public var timeLimit: TimeInterval

    /// A reader for the given pdftotext (or the first of `candidates` found) and time limit.
    public init(executablePath: String? = nil, timeLimit: TimeInterval = ExternalProgram.defaultTimeLimit) {
        self.executablePath = executablePath
            ?? Self.candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        self.timeLimit = timeLimit
    }

    /// The text of the PDF at `path`; errors name `shown`.
    public func extract(path: String, shown: String) throws -> String {
        guard let tool = executablePath, FileManager.default.isExecutableFile(atPath: tool) else {
            throw NewsGraphError(.external, file: shown, "reading PDF needs pdftotext (Debian package poppler-utils)")
        }
        let result = try ExternalProgram.run(tool, arguments: ["-enc", "UTF-8", path, "-"], timeLimit: timeLimit, file: shown)
        guard result.status == 0, !result.signalled else {
            let how = result.signalled ? "was killed by signal \(result.status)" : "exited with status \(result.status)"
            let message = result.errorText
            throw NewsGraphError(.malformedPage, file: shown,
                                 "pdftotext failed: " + (message.isEmpty ? how : String(message.prefix(2000))))
        }
        // pdftotext separates pages with form feeds; treat them as blank lines.
        return String(decoding: result.output, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n\n")
    }
}

import Foundation
import NewsGraphModel

/// Extracts a PDF's text with poppler's `pdftotext`, run as a process with arguments (no shell).
enum PDFText {
    static func extract(path: String, shown: String) throws -> String {
        let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"]
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw NewsGraphError(.external, file: shown, "reading PDF needs pdftotext (Debian package poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", path, "-"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw NewsGraphError(.malformedPage, file: shown, "pdftotext failed: \(message)")
        }
        // pdftotext separates pages with form feeds; treat them as blank lines.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n\n")
    }
}

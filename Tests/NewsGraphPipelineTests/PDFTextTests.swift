import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "needs /usr/bin/pdftotext (poppler-utils)"))
struct PDFTextTests {
    /// A minimal one-page PDF showing `lines` in Helvetica, with its cross-reference table
    /// computed from the real byte offsets of its objects.
    static func pdf(lines: [String]) -> Data {
        var content = "BT /F1 18 Tf 72 720 Td 22 TL\n"
        for line in lines { content += "(\(line)) Tj T*\n" }
        content += "ET\n"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (n, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(n + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            out += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    @Test func theHandMadePDFIsWellFormed() throws {
        let data = Self.pdf(lines: ["Provincial Government Executive Meeting"])
        let text = String(decoding: data, as: UTF8.self)
        #expect(data.count < 1000)
        // Every xref entry points at the start of its object.
        let xrefStart = try #require(text.range(of: "xref\n"))
        let entries = text[xrefStart.upperBound...].split(separator: "\n").dropFirst(2).prefix(5)
        for (n, entry) in entries.enumerated() {
            let offset = try #require(Int(entry.prefix(10)))
            #expect(data[offset...].starts(with: Array("\(n + 1) 0 obj".utf8)), "object \(n + 1) at \(offset)")
        }
    }

    @Test func documentReaderReadsThePDFTextThroughPdftotext() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.pdf")
        try Self.pdf(lines: ["Provincial Government Executive Meeting", "Han Jun presided over the meeting."]).write(to: file)
        let doc = try DocumentReader().read(path: file.path)
        #expect(doc.encoding == "PDF")
        let text = doc.raw.description
        #expect(text.contains("Provincial Government Executive Meeting"))
        #expect(text.contains("Han Jun presided over the meeting."))
        #expect(!text.contains("\u{0C}"), "form feeds become blank lines")
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.firstIndex(of: "Provincial Government Executive Meeting")! < lines.firstIndex(of: "Han Jun presided over the meeting.")!)
        #expect(doc.contentHash == SHA256.hex([UInt8](try Data(contentsOf: file))))
    }

    @Test func aPDFIsRecognisedByItsMagicBytesWhateverItsName() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("misnamed.txt")
        try Self.pdf(lines: ["Jilin Daily page one"]).write(to: file)
        let doc = try DocumentReader().read(path: file.path)
        #expect(doc.encoding == "PDF")
        #expect(doc.raw.description.contains("Jilin Daily page one"))
    }

    @Test func aBrokenPDFFailsNamingTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.pdf")
        try Data("this is not a PDF at all".utf8).write(to: file)
        do {
            _ = try DocumentReader().read(path: file.path, displayPath: "pages/broken.pdf")
            Issue.record("a broken PDF was read")
        } catch let error as NewsGraphError {
            #expect(error.kind == .malformedPage)
            #expect(error.description.hasPrefix("pages/broken.pdf: "))
            #expect(error.message.hasPrefix("pdftotext failed"))
        }
    }
}

/// PDFText with a stand-in pdftotext: a shell script written into a temporary folder.
@Suite struct PDFTextStandInTests {
    static func standIn(_ body: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("pdftotext")
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    /// Reads `file` on its own thread, waiting at most `seconds`; nil when the read hangs.
    static func read(_ file: URL, with reader: DocumentReader, within seconds: TimeInterval) -> Result<Document, any Error>? {
        let outcome = LockedOutcome()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            outcome.value = Result { try reader.read(path: file.path, displayPath: "pages/damaged.pdf") }
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return outcome.value
    }

    @Test func aPdftotextWritingAMegabyteOfWarningsDoesNotHang() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = try Self.standIn("""
            head -c 1048576 /dev/zero | tr '\\000' 'w' >&2
            echo "Provincial Government Executive Meeting"
            """, in: folder)
        let file = folder.appendingPathComponent("damaged.pdf")
        try PDFTextTests.pdf(lines: ["unused"]).write(to: file)
        let reader = DocumentReader(pdfText: PDFText(executablePath: tool, timeLimit: 20))
        let outcome = try #require(Self.read(file, with: reader, within: 40), "reading the PDF hung")
        let doc = try outcome.get()
        #expect(doc.raw.description.contains("Provincial Government Executive Meeting"))
    }

    @Test func aPdftotextPastTheTimeLimitIsStoppedNamingTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = try Self.standIn("head -c 200000 /dev/zero | tr '\\000' 'w' >&2\nexec sleep 60", in: folder)
        let file = folder.appendingPathComponent("damaged.pdf")
        try PDFTextTests.pdf(lines: ["unused"]).write(to: file)
        let reader = DocumentReader(pdfText: PDFText(executablePath: tool, timeLimit: 1))
        let started = Date()
        let outcome = try #require(Self.read(file, with: reader, within: 30), "reading the PDF hung")
        #expect(Date().timeIntervalSince(started) < 30, "the time limit must stop the program, never let it hang")
        #expect {
            try outcome.get()
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .external && error.description.hasPrefix("pages/damaged.pdf: ")
                && error.message.contains("did not finish within 1 s")
        }
    }

    @Test func aFailingPdftotextReportsItsMessageShortened() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = try Self.standIn("head -c 1048576 /dev/zero | tr '\\000' 'w' >&2\nexit 1", in: folder)
        let file = folder.appendingPathComponent("damaged.pdf")
        try PDFTextTests.pdf(lines: ["unused"]).write(to: file)
        let reader = DocumentReader(pdfText: PDFText(executablePath: tool, timeLimit: 20))
        let outcome = try #require(Self.read(file, with: reader, within: 40), "reading the PDF hung")
        #expect {
            try outcome.get()
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .malformedPage && error.message.hasPrefix("pdftotext failed: www")
                && error.message.count < 3000
        }
    }
}

private final class LockedOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<Document, any Error>?
    var value: Result<Document, any Error>? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}

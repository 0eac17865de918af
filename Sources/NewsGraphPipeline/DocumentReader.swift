import Foundation
import NewsGraphModel

/// Reads a page file (plain text, HTML or PDF) into a `Document` ready for the pipeline.
///
/// The issue's paper and date come, in order of precedence, from `overrides` (the command
/// line), an `index.jsonl` entry, the path (`PAPER/YYYY-MM-DD/…`); otherwise the pipeline infers
/// the date from the page's datelines.
public struct DocumentReader: Sendable {
    /// How PDF pages are read (which pdftotext, how long it may take).
    public var pdfText: PDFText

    public init(pdfText: PDFText = PDFText()) {
        self.pdfText = pdfText
    }

    /// Extensions read as pages when a folder is ingested.
    public static let pageExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "pdf"]

    public func read(path: String, displayPath: String? = nil, issue overrides: IssueInfo = IssueInfo(),
                     indexEntry: IssueInfo? = nil) throws -> Document {
        let shown = displayPath ?? path
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NewsGraphError(.unreadable, file: shown, "cannot read the file (\(error.localizedDescription))")
        }
        var decoded: PageDecoder.Decoded
        if path.lowercased().hasSuffix(".pdf") || data.starts(with: Array("%PDF-".utf8)) {
            decoded = PageDecoder.Decoded(text: try pdfText.extract(path: path, shown: shown), encoding: "PDF")
        } else {
            decoded = try PageDecoder().decode(data, file: shown)
            if HTMLTextExtractor.looksLikeHTML(decoded.text, path: path) {
                decoded.text = HTMLTextExtractor().text(fromHTML: decoded.text)
                decoded.encoding += " HTML"
            }
        }
        var issue = IssuePathParser.issue(fromPath: shown) ?? IssueInfo()
        if let indexEntry {
            issue.paper = indexEntry.paper ?? issue.paper
            if indexEntry.date != nil { issue.date = indexEntry.date; issue.dateSource = .index }
            issue.url = indexEntry.url
        }
        if let paper = overrides.paper { issue.paper = paper }
        if let date = overrides.date { issue.date = date; issue.dateSource = .flag }
        if let page = overrides.page { issue.page = page }
        return Document(path: shown, contentHash: SHA256.hex([UInt8](data)), raw: ScalarText(decoded.text),
                        encoding: decoded.encoding, issue: issue)
    }
}

import Foundation
import NewsGraphModel
import NewsGraphPipeline

/// Finds the pages to ingest: files given, and page files in folders given (recursively, sorted),
/// with the paper and issue date from an `index.jsonl` beside them when there is one.
///
/// An index line is `{"path": "jilin-daily/2022-05-09/01.txt", "paper": "jilin-daily",
/// "issue_date": "2022-05-09", "source": "https://…"}` with `path` relative to the index's folder.
public struct PageCollector: Sendable {
    public struct Page: Sendable, Equatable {
        /// The path as the user will see it (relative to where they pointed us).
        public var path: String
        public var index: IssueInfo?
    }

    public init() {}

    public func collect(_ paths: [String]) throws -> [Page] {
        var pages: [Page] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NewsGraphError(.unreadable, file: path, "no such file or folder")
            }
            guard isDirectory.boolValue else {
                pages.append(Page(path: path, index: nil))
                continue
            }
            let index = try readIndex(folder: path)
            guard let walker = fm.enumerator(atPath: path) else { continue }
            var found: [String] = []
            for case let relative as String in walker {
                let ext = (relative as NSString).pathExtension.lowercased()
                guard DocumentReader.pageExtensions.contains(ext) else { continue }
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.lowercased().hasPrefix("readme") { continue }
                found.append(relative)
            }
            for relative in found.sorted() {
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                pages.append(Page(path: full, index: index[relative]))
            }
        }
        return pages
    }

    /// The entries of `folder/index.jsonl`, by path relative to the folder.
    func readIndex(folder: String) throws -> [String: IssueInfo] {
        let file = (folder as NSString).appendingPathComponent("index.jsonl")
        guard let data = FileManager.default.contents(atPath: file) else { return [:] }
        struct Entry: Decodable {
            var path: String
            var paper: String?
            var issue_date: String?
            var source: String?
        }
        var out: [String: IssueInfo] = [:]
        let lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (n, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                let e = try JSONDecoder().decode(Entry.self, from: Data(line.utf8))
                out[e.path] = IssueInfo(paper: e.paper, date: e.issue_date.flatMap(SimpleDate.init(iso:)),
                                        dateSource: e.issue_date == nil ? nil : .index, url: e.source)
            } catch {
                throw NewsGraphError(.malformedPage, file: file, line: n + 1, "not an index entry {path, paper, issue_date, source}")
            }
        }
        return out
    }
}

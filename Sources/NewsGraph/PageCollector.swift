import Foundation
import NewsGraphModel
import NewsGraphPipeline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the pages to ingest: files given, and page files in folders given (recursively, sorted),
/// with the paper and issue date from an `index.jsonl` beside them when there is one.
///
/// An index line is `{"path": "jilin-daily/2022-05-09/01.txt", "paper": "jilin-daily",
/// "issue_date": "2022-05-09", "source": "https://…"}` with `path` relative to the index's folder.
/// A line that is not such an entry is skipped with a warning naming the index and the line; the
/// pages it would have described are still collected, without index data.
public struct PageCollector: Sendable {
    public struct Page: Sendable, Equatable {
        /// The path as the user will see it (relative to where they pointed us); the file is read here.
        public var path: String
        /// The name the page is stored by, the same however it was reached (see `CanonicalPath.source`):
        /// the collection folder's name and the page's path inside it, for a file given by name its
        /// canonical path.
        public var source: String
        public var index: IssueInfo?
    }

    /// The pages found, and what was skipped on the way.
    public struct Collection: Sendable {
        public var pages: [Page] = []
        /// One per skipped index line, naming the index file and the line.
        public var warnings: [NewsGraphError] = []
        /// One per file found that cannot be read as a page (a loop of links, a path too long …),
        /// naming it; the other pages are still collected.
        public var failures: [NewsGraphError] = []
    }

    public init() {}

    /// The pages under `paths`; skipped index lines are dropped silently (see `collectReporting`).
    public func collect(_ paths: [String]) throws -> [Page] {
        try collectReporting(paths).pages
    }

    /// The pages under `paths` with a warning for every index line skipped and a failure for every
    /// file or folder that cannot be taken (see `FolderWalker`); a path that does not exist is thrown.
    public func collectReporting(_ paths: [String]) throws -> Collection {
        var collection = Collection()
        for path in paths {
            var info = stat()
            if lstat(path, &info) != 0 && errno == ENOENT {
                throw NewsGraphError(.unreadable, file: path, "no such file or folder")
            }
            let kind: FolderWalker.Kind
            do {
                kind = try FolderWalker.kind(of: path)
            } catch let error as NewsGraphError {
                collection.failures.append(error)
                continue
            }
            switch kind {
            case .other(let what):
                collection.failures.append(NewsGraphError(.unreadable, file: path, what))
            case .file:
                do {
                    collection.pages.append(Page(path: path, source: try CanonicalPath.resolve(path), index: nil))
                } catch let error as NewsGraphError {
                    collection.failures.append(error)
                }
            case .folder(let root):
                let (index, warnings) = readIndex(folder: path)
                collection.warnings += warnings
                let walked = FolderWalker().walk(path, canonical: root)
                collection.failures += walked.failures
                for relative in walked.pages {
                    let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                    do {
                        let source = CanonicalPath.source(of: try CanonicalPath.resolve(full), under: root)
                        collection.pages.append(Page(path: full, source: source, index: index[relative]))
                    } catch let error as NewsGraphError {
                        collection.failures.append(error)
                    }
                }
            }
        }
        return collection
    }

    /// The entries of `folder/index.jsonl`, by path relative to the folder, and a warning for
    /// every line that is not an entry (that line is skipped).
    func readIndex(folder: String) -> (entries: [String: IssueInfo], warnings: [NewsGraphError]) {
        let file = (folder as NSString).appendingPathComponent("index.jsonl")
        guard let data = FileManager.default.contents(atPath: file) else { return ([:], []) }
        struct Entry: Decodable {
            var path: String
            var paper: String?
            var issue_date: String?
            var source: String?
        }
        var out: [String: IssueInfo] = [:]
        var warnings: [NewsGraphError] = []
        let lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (n, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                let e = try JSONDecoder().decode(Entry.self, from: Data(line.utf8))
                out[e.path] = IssueInfo(paper: e.paper, date: e.issue_date.flatMap(SimpleDate.init(iso:)),
                                        dateSource: e.issue_date == nil ? nil : .index, url: e.source)
            } catch {
                warnings.append(NewsGraphError(.malformedPage, file: file, line: n + 1,
                                               "not an index entry {path, paper, issue_date, source}; line skipped"))
            }
        }
        return (out, warnings)
    }
}

import Foundation
@testable import NewsGraph
import NewsGraphModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct FolderWalkerTests {
    /// A temporary folder with `pages` (relative path → text); removed by the caller.
    func folder(_ pages: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-walk-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (relative, text) in pages {
            let file = url.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    func walk(_ dir: URL) throws -> FolderWalker.Result {
        FolderWalker().walk(dir.path, canonical: try CanonicalPath.resolve(dir.path))
    }

    /// The failures by the last component of the file they name, with their messages.
    func failures(_ result: FolderWalker.Result) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.failures.map { failure in
            (((failure.file ?? "") as NSString).lastPathComponent, failure.message)
        })
    }

    @Test func pagesAreFoundSortedThroughFileLinksAndOtherFilesAreLeftQuietly() throws {
        let dir = try folder(["b/02.txt": "二", "a/01.html": "一", "notes.md": "笔记", ".hidden.txt": "隐", "README.txt": "说明"])
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/c", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/03.txt", withDestinationPath: "b/02.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/broken-link", withDestinationPath: "nowhere")
        let result = try walk(dir)
        #expect(result.pages == ["03.txt", "a/01.html", "b/02.txt"], "a link to a file is followed, a link to a folder is not")
        #expect(result.failures.isEmpty, "a broken link not named like a page is no page: \(result.failures)")
    }

    @Test func aLoopOfLinksAFIFOAndALinkToNothingAreNamedAndTheRestIsFound() throws {
        let dir = try folder(["good.txt": "好"])
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/a.txt", withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/b.txt", withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/gone.txt", withDestinationPath: "nothing.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/up", withDestinationPath: ".")
        #expect(mkfifo(dir.path + "/pipe.txt", 0o644) == 0)
        let result = try walk(dir)
        #expect(result.pages == ["good.txt"])
        let byName = failures(result)
        #expect(byName["a.txt"] == "a loop of symbolic links (a link leads back to itself); not read")
        #expect(byName["b.txt"] != nil)
        #expect(byName["gone.txt"] == "no such file or folder (or a symbolic link to nothing)")
        #expect(byName["pipe.txt"] == "a FIFO (named pipe), not a page file; not read")
        #expect(byName["up"] == nil, "a link to a folder is not followed, so it makes no loop")
        #expect(result.failures.allSatisfy { $0.kind == .unreadable && $0.file?.hasPrefix(dir.path + "/") == true })
    }

    @Test func aPathLongerThanPathMaxIsNamedNotSkipped() throws {
        let dir = try folder(["short.txt": "短"])
        defer { try? FileManager.default.removeItem(at: dir) }
        // Nested folders of 180-byte names, made through folder descriptors (no path is ever too long,
        // and the working folder, shared by the tests, is not changed).
        let name = String(repeating: "长", count: 60)
        var deep = dir.path
        var folders: [Int32] = [open(dir.path, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<25 {
            #expect(mkdirat(folders.last!, name, 0o755) == 0)
            folders.append(openat(folders.last!, name, O_RDONLY | O_DIRECTORY))
            deep += "/" + name
        }
        let page = openat(folders.last!, "page.txt", O_CREAT | O_WRONLY, 0o644)
        #expect(page >= 0)
        close(page)
        defer {
            _ = unlinkat(folders.last!, "page.txt", 0)
            for level in stride(from: folders.count - 1, to: 0, by: -1) {
                close(folders[level])
                _ = unlinkat(folders[level - 1], name, AT_REMOVEDIR)
            }
            close(folders[0])
        }
        #expect(deep.utf8.count > Int(PATH_MAX))
        let result = try walk(dir)
        #expect(result.pages == ["short.txt"])
        let failure = try #require(result.failures.first)
        #expect(result.failures.count == 1)
        #expect(failure.message.contains("longer than the system allows (PATH_MAX 4096 bytes)"))
        #expect(failure.file?.hasPrefix(dir.path + "/" + name) == true)
    }
}

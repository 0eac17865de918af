import Foundation
import NewsGraphModel
import NewsGraphPipeline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a folder for page files, following links to files (not to folders), and says why about everything it cannot
/// take: a loop of links, a path longer than the system allows, a FIFO or device named like a
/// page, a folder it cannot list. Nothing is skipped silently.
struct FolderWalker {
    /// Page files found, by path relative to the folder, sorted; and one error per thing not taken.
    struct Result {
        var pages: [String] = []
        var failures: [NewsGraphError] = []
    }

    /// What is at `path`, following links, or the reason there is nothing readable there.
    enum Kind: Equatable {
        case folder(canonical: String)
        case file
        case other(String)
    }

    /// The kind of `path`: a folder, a regular file, or something else (named in words); throws
    /// an error naming `path` when it cannot be resolved (loop, too long, a link to nothing).
    static func kind(of path: String) throws -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw NewsGraphError(.unreadable, file: path, CanonicalPath.reason(errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder(canonical: try CanonicalPath.resolve(path))
        case S_IFREG: return .file
        case S_IFIFO: return .other("a FIFO (named pipe), not a page file; not read")
        case S_IFSOCK: return .other("a socket, not a page file; not read")
        case S_IFCHR, S_IFBLK: return .other("a device, not a page file; not read")
        default: return .other("not a regular file; not read")
        }
    }

    /// Whether `name` is read as a page: a page extension, not hidden, not a README.
    static func isPageName(_ name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        guard DocumentReader.pageExtensions.contains(ext) else { return false }
        return !name.hasPrefix(".") && !name.lowercased().hasPrefix("readme")
    }

    /// The page files under the folder `path` (whose canonical path is `canonical`).
    func walk(_ path: String, canonical: String) -> Result {
        var result = Result()
        walk(path, relative: "", ancestors: [canonical], into: &result)
        result.pages.sort()
        return result
    }

    private func walk(_ folder: String, relative: String, ancestors: [String], into result: inout Result) {
        let names: [String]
        do {
            names = try Self.entries(of: folder)
        } catch {
            result.failures.append(error as? NewsGraphError ?? NewsGraphError(.unreadable, file: folder, "\(error)"))
            return
        }
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let inside = relative.isEmpty ? name : relative + "/" + name
            do {
                switch try Self.kind(of: path) {
                case .folder(let canonical):
                    // Links to folders are not followed (as before, and as `find` does): `seeds/lexicons`
                    // links to the lexicons, which are no pages. A loop through folders cannot arise then;
                    // the check stays for bind mounts.
                    if Self.isLink(path) { continue }
                    if let ancestor = ancestors.first(where: { $0 == canonical }) {
                        throw NewsGraphError(.unreadable, file: path, "a loop of symbolic links (leads back to \(ancestor)); not walked")
                    }
                    walk(path, relative: inside, ancestors: ancestors + [canonical], into: &result)
                case .file:
                    if Self.isPageName(name) { result.pages.append(inside) }
                case .other(let what):
                    if Self.isPageName(name) { throw NewsGraphError(.unreadable, file: path, what) }
                }
            } catch let error as NewsGraphError {
                // A link that leads nowhere matters only where it was named like a page.
                if Self.isPageName(name) || !Self.isLink(path) { result.failures.append(error) }
            } catch {
                result.failures.append(NewsGraphError(.unreadable, file: path, "\(error)"))
            }
        }
    }

    /// Whether `path` itself is a symbolic link.
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The names in the folder at `path` (without `.` and `..`), or an error naming it.
    static func entries(of path: String) throws -> [String] {
        guard let directory = opendir(path) else {
            throw NewsGraphError(.unreadable, file: path, "cannot list the folder: " + CanonicalPath.reason(errno))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

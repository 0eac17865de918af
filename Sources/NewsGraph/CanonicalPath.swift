import Foundation
import NewsGraphModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one spelling of a file's path: absolute, with `.`, `..` and every symbolic link resolved.
///
/// `corpus`, `./corpus/` and `/home/me/corpus` (or a link to it) all name `/home/me/corpus`.
enum CanonicalPath {
    /// The canonical form of `path` (which must exist), or an error naming `path` that says why
    /// there is none: a loop of symbolic links, a path longer than the system allows, a missing target.
    static func resolve(_ path: String) throws -> String {
        guard let resolved = realpath(path, nil) else {
            throw NewsGraphError(.unreadable, file: path, reason(errno))
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What an `errno` from resolving or opening a path means, in words.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ELOOP: return "a loop of symbolic links (a link leads back to itself); not read"
        case ENAMETOOLONG: return "the path is longer than the system allows (PATH_MAX \(PATH_MAX) bytes); not read"
        case ENOENT: return "no such file or folder (or a symbolic link to nothing)"
        case ENOTDIR: return "a part of the path is not a folder"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code))
        }
    }

    /// The name a page under the collection root `root` (canonical) is stored by: the root's own
    /// folder name followed by the page's path inside it (`corpus/anhui/2023-07-14/01.txt`), or the
    /// page's canonical path when it lies outside the root (a link out of the folder).
    static func source(of canonicalFile: String, under root: String) -> String {
        if root == "/" { return canonicalFile }
        guard canonicalFile.hasPrefix(root + "/") else { return canonicalFile }
        let relative = canonicalFile.dropFirst(root.count + 1)
        return (root as NSString).lastPathComponent + "/" + relative
    }
}

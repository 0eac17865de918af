import Foundation
import NewsGraphModel
import NewsGraphStore

/// The addresses of the pages: absolute paths for the server, relative `.html` files for the report.
///
/// Server pages are `/meeting/<key>`, `/person/<key>`, `/policy/<key>`, `/article/<key>` and
/// `/search?q=`, with the entity's key within its kind, percent-encoded (`/person/%E9%9F%A9%E4%BF%8A`).
/// The static report lays every page flat beside `index.html`, named by `fileName(kind:key:)`, so
/// its links are relative and the site opens from disk; it has no search page.
public struct WebLinks: Sendable, Equatable {
    /// Where the pages live.
    public enum Style: Sendable, Equatable {
        /// Served by `newsgraph serve`: absolute paths.
        case server
        /// Written by `newsgraph report`: relative file names.
        case files
    }

    public var style: Style

    public init(style: Style) {
        self.style = style
    }

    /// The home page.
    public var home: String { style == .server ? "/" : "index.html" }

    /// Whether the pages have a search page to link to.
    public var hasSearch: Bool { style == .server }

    /// The page of the entity with the qualified key `qualifiedKey` (`person:韩俊`), or nil when
    /// its kind has no page (only meetings, persons and policies have one).
    public func entity(_ qualifiedKey: String) -> String? {
        guard let (kind, key) = EntityKey.split(qualified: qualifiedKey) else { return nil }
        return entity(kind, key: key)
    }

    /// The page of the entity of `kind` whose key within its kind is `key`, or nil when its kind has no page.
    public func entity(_ kind: EntityKind, key: String) -> String? {
        guard [.meeting, .person, .policy].contains(kind) else { return nil }
        return page(kind.rawValue, key: key)
    }

    /// The page of the article with key `key` (`cf7a147fa542-0`).
    public func article(_ key: String) -> String { page("article", key: key) }

    /// The search page for `query`, or nil when there is no search page (the static report).
    public func search(_ query: String) -> String? {
        guard hasSearch else { return nil }
        return "/search?q=" + Self.percentEncoded(query)
    }

    /// The address of a page of `kind` (`meeting`, `person`, `policy`, `article`).
    func page(_ kind: String, key: String) -> String {
        switch style {
        case .server: "/" + kind + "/" + Self.percentEncoded(key)
        case .files: Self.percentEncoded(Self.fileName(kind: kind, key: key))
        }
    }

    /// The characters a URL may carry as they are: RFC 3986's unreserved ASCII characters.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` with every character but the unreserved ASCII ones percent-encoded as UTF-8.
    public static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// The most characters of a key that a file name keeps.
    static let fileNameKeyLength = 80

    /// The file of the report page of `kind` with key `key`: `person-韩俊.html`.
    ///
    /// Letters (Chinese ones too), digits, `-`, `_`, `.` and `@` are kept; any other character
    /// becomes `_`, and a key cut or changed so gets a hash of the whole key, so that two keys
    /// never share a file. No name starts with a dot or holds a `/`.
    public static func fileName(kind: String, key: String) -> String {
        var safe = ""
        var changed = false
        for (index, scalar) in key.unicodeScalars.enumerated() {
            if index >= fileNameKeyLength {
                changed = true
                break
            }
            let keep = CharacterSet.alphanumerics.contains(scalar) && !CharacterSet.controlCharacters.contains(scalar)
                || "-_.@".unicodeScalars.contains(scalar)
            if keep {
                safe.unicodeScalars.append(scalar)
            } else {
                safe.append("_")
                changed = true
            }
        }
        if changed { safe += "~" + hash(key) }
        return kind + "-" + safe + ".html"
    }

    /// Eight hex digits of the 64-bit FNV-1a hash of `text`'s UTF-8 bytes: the same on every run.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100000001b3
        }
        return String(String(value, radix: 16).suffix(8))
    }
}

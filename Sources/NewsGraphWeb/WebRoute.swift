import Foundation

/// What a request path asks for: the home page, one entity's or article's page, or a search.
///
/// Paths are `/`, `/meeting/<key>`, `/person/<key>`, `/policy/<key>`, `/article/<key>` and
/// `/search?q=…`, the key percent-encoded (see `WebLinks`). A key may also be given qualified
/// (`/person/person:韩俊`). Anything else is `.unknown`, which the server answers with 404.
public enum WebRoute: Equatable, Sendable {
    case home
    case meeting(String)
    case person(String)
    case policy(String)
    case article(String)
    case search(String)
    case unknown(String)

    /// The route of a request for `path` (as sent, percent-encoded) with the query string `query`.
    public init(path: String, query: String?) {
        let parts = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).dropFirst()
        guard path.hasPrefix("/"), let first = parts.first else {
            self = .unknown(path)
            return
        }
        let segments = first.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let head = String(segments[0])
        let rest = segments.count > 1 ? String(segments[1]) : nil
        switch (head, rest) {
        case ("", nil), ("index.html", nil):
            self = .home
        case ("search", nil):
            self = .search(Self.parameter("q", in: query) ?? "")
        case let (kind, key?) where ["meeting", "person", "policy", "article"].contains(kind):
            guard let decoded = key.removingPercentEncoding, !decoded.isEmpty else {
                self = .unknown(path)
                return
            }
            // A qualified key names its kind once more: `/person/person:韩俊` is `/person/韩俊`.
            let bare = decoded.hasPrefix(kind + ":") ? String(decoded.dropFirst(kind.count + 1)) : decoded
            switch kind {
            case "meeting": self = .meeting(bare)
            case "person": self = .person(bare)
            case "policy": self = .policy(bare)
            default: self = .article(bare)
            }
        default:
            self = .unknown(path)
        }
    }

    /// The value of `name` in a query string (`q=%E7%A8%B3&x=1`), `+` read as a space; nil when absent.
    static func parameter(_ name: String, in query: String?) -> String? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first.map(String.init) == name else { continue }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? raw
        }
        return nil
    }
}

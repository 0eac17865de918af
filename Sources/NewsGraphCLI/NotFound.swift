import NewsGraphModel
import NewsGraphStore

/// Builds the error for a name that matched nothing, with the closest names the graph holds.
///
/// Example: `no meeting matches “不存在的会” in newsgraph.sqlite; close matches: 省党代会 (meeting), …`.
enum NotFound {
    /// How many close matches the message offers.
    static let suggestionCount = 5

    /// The error for `what` (`no meeting matches “X”`), listing entities of `kinds` close to `query`.
    static func error(_ what: String, query: String, kinds: [EntityKind], in store: GraphStore, path: String) throws -> CLIError {
        let close = try store.closeMatches(to: query, kinds: kinds, limit: suggestionCount)
        return CLIError(message(what, path: path, close: close, showKinds: kinds.count > 1))
    }

    /// The message for `what` with `close` as suggestions.
    static func message(_ what: String, path: String, close: [CloseMatch], showKinds: Bool) -> String {
        let head = "\(what) in \(path)"
        guard !close.isEmpty else { return head + "; no name in the graph shares a character with it" }
        var names: [String] = []
        for match in close {
            let name = showKinds ? "\(match.name) (\(match.kind.rawValue))" : match.name
            if !names.contains(name) { names.append(name) }
        }
        return head + "; close matches: " + names.joined(separator: "、")
    }
}

import NewsGraphModel
import NewsGraphStore

/// Finds the one person a command's argument means: a key (`person:张三@吉林`), a name, or part of one.
///
/// A name that stands for several persons (split by province) or a part of several names is
/// refused with every candidate and its key, so the user can ask for one.
enum PersonLookup {
    /// The person `query` names in `graph` (stored at `path`).
    static func person(_ query: String, in graph: GraphStore, path: String) throws -> EntityRow {
        if let (kind, key) = EntityKey.split(qualified: query) {
            guard kind == .person, let row = try graph.entity(.person, key: key) else {
                throw CLIError("no person has the key “\(query)” in \(path); keys look like person:张三")
            }
            return row
        }
        let exact = try graph.persons(named: query)
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 {
            throw CLIError("“\(query)” stands for \(exact.count) persons in \(path): " + list(exact) + "; ask for one by its key")
        }
        let partial = try graph.persons(containing: query)
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 {
            throw CLIError("“\(query)” is part of \(partial.count) persons' names in \(path): " + list(partial) + "; ask for one by its name or key")
        }
        throw try NotFound.error("no person is called “\(query)”", query: query, kinds: [.person], in: graph, path: path)
    }

    /// `张三 (person:张三@吉林, 12 mentions)、…`.
    static func list(_ rows: [EntityRow]) -> String {
        rows.map { "\($0.name) (\(EntityKey.qualified(kind: $0.kind.rawValue, key: $0.key)), \($0.mentionCount) mention\($0.mentionCount == 1 ? "" : "s"))" }
            .joined(separator: "、")
    }
}

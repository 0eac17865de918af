import NewsGraph
import NewsGraphStore

/// A store's facts as text independent of row ids and insertion order, for comparing two stores.
enum GraphDump {
    static func facts(_ store: GraphStore) throws -> String {
        try store.storedArticles().map { stored in
            let mentions = stored.mentions.map { "\($0.kind.rawValue)|\($0.span)|\($0.name)|\($0.rule)|\($0.value ?? "")" }
            let relations = stored.relations.map {
                "\($0.kind.rawValue)|\($0.subject?.description ?? "-")|\($0.object)|\($0.evidence)|\($0.rule)|\($0.ordinal ?? -1)|\($0.date?.iso ?? "")|\($0.detail ?? "")"
            }.sorted()
            return ([stored.row.sourcePath, String(stored.row.ordinal)] + mentions + relations).joined(separator: "\n")
        }.sorted().joined(separator: "\n\n")
    }
}

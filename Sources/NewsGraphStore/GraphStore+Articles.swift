import GRDB
import NewsGraphModel

extension GraphStore {
    /// Every stored article, ordered by issue date, source path and ordinal.
    ///
    /// Issues without a date sort first (SQLite sorts NULL lowest).
    public func articles() throws -> [ArticleRow] {
        try reading("cannot list the articles") { db in
            try Row.fetchAll(db, sql: Self.articleSelect + " ORDER BY i.issue_date, i.source_path, a.ordinal, a.id")
                .map(Self.articleRow)
        }
    }

    /// The article with row id `id`, or nil.
    public func article(id: Int64) throws -> ArticleRow? {
        try reading("cannot read article \(id)") { db in
            try Row.fetchOne(db, sql: Self.articleSelect + " WHERE a.id = ?", arguments: [id]).map(Self.articleRow)
        }
    }

    /// How many rows each table holds, with entities and relations counted per kind.
    public func stats() throws -> StoreStats {
        try reading("cannot count the rows") { db in
            // The small tables' counts SQLite keeps as rows come and go (034); the three big ones,
            // whose per-row triggers cost storing too much (035), counted here by their indexes.
            let records = try RowCountRecord.fetchAll(db, sql: "SELECT what, count FROM row_counts")
            var count = Dictionary(records.map { ($0.what, $0.count) }, uniquingKeysWith: +)
            let big = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM sentences) AS sentences, (SELECT count(*) FROM mentions) AS mentions
                """) ?? Row()
            for table in ["sentences", "mentions"] { count[table] = big[table] ?? 0 }
            // One count per relation kind, each a range of `relations_identity` (kind first). The schema
            // holds every relation's kind to one of these, so they add up to all relations: the table is
            // not counted a second time (a pass over an index of every relation, reading each page).
            let kinds = RelationKind.allCases
            let byKind = try Row.fetchOne(db, sql: "SELECT " + Array(repeating: "(SELECT count(*) FROM relations WHERE kind = ?)",
                                                                       count: kinds.count).joined(separator: ", "),
                                          arguments: StatementArguments(kinds.map(\.rawValue))) ?? Row()
            var relations = 0
            for (k, kind) in kinds.enumerated() {
                let kindCount: Int = byKind[k] ?? 0
                count["relations." + kind.rawValue] = kindCount
                relations += kindCount
            }
            count["relations"] = relations
            return StoreStats(
                issues: count["issues"] ?? 0, articles: count["articles"] ?? 0,
                sentences: count["sentences"] ?? 0, entities: count["entities"] ?? 0,
                aliases: count["aliases"] ?? 0, mentions: count["mentions"] ?? 0,
                relations: count["relations"] ?? 0,
                entitiesByKind: Dictionary(uniqueKeysWithValues: EntityKind.allCases.map {
                    ($0, count["entities." + $0.rawValue] ?? 0)
                }),
                relationsByKind: Dictionary(uniqueKeysWithValues: RelationKind.allCases.map {
                    ($0, count["relations." + $0.rawValue] ?? 0)
                }))
        }
    }

    /// The columns of an `ArticleRow`, from articles `a` joined to their issue `i`.
    static let articleSelect = """
        SELECT a.id, i.source_path, i.content_hash, i.paper, i.issue_date, i.page, a.ordinal, a.headline,
               a.dateline_date, a.reporters, a.text, a.display_text, a.body_length
        FROM articles a JOIN issues i ON i.id = a.issue_id
        """

    /// An `ArticleRow` from a row of `articleSelect`.
    static func articleRow(_ row: Row) -> ArticleRow {
        var article = ArticleRow(id: row["id"], sourcePath: row["source_path"], paper: row["paper"], issueDate: row["issue_date"],
                                 page: row["page"], ordinal: row["ordinal"], headline: row["headline"],
                                 datelineDate: row["dateline_date"],
                                 reporters: ArticleRecord.strings(fromJSON: row["reporters"]),
                                 text: row["text"], displayText: row["display_text"], bodyLength: row["body_length"])
        article.key = EntityKey.article(contentHash: row["content_hash"], ordinal: row["ordinal"])
        return article
    }
}

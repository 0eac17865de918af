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
            let totals = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM issues) AS issues, (SELECT count(*) FROM articles) AS articles,
                       (SELECT count(*) FROM sentences) AS sentences, (SELECT count(*) FROM entities) AS entities,
                       (SELECT count(*) FROM aliases) AS aliases, (SELECT count(*) FROM mentions) AS mentions,
                       (SELECT count(*) FROM relations) AS relations
                """) ?? Row()
            let entityCounts = try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY kind")
            // One count per relation kind, each a range of `relations_identity` (kind first): a third
            // cheaper than grouping the whole index, whose every row is then compared and aggregated.
            let kinds = RelationKind.allCases
            let relationCounts = try Row.fetchOne(db, sql: "SELECT " + Array(repeating: "(SELECT count(*) FROM relations WHERE kind = ?)",
                                                                                count: kinds.count).joined(separator: ", "),
                                                  arguments: StatementArguments(kinds.map(\.rawValue))) ?? Row()
            let entitiesByKind = Dictionary(uniqueKeysWithValues: entityCounts.map { ($0["kind"] as String, $0["n"] as Int) })
            let relationsByKind = Dictionary(uniqueKeysWithValues: kinds.indices.map { (kinds[$0].rawValue, relationCounts[$0] as Int? ?? 0) })
            return StoreStats(
                issues: totals["issues"] ?? 0, articles: totals["articles"] ?? 0,
                sentences: totals["sentences"] ?? 0, entities: totals["entities"] ?? 0,
                aliases: totals["aliases"] ?? 0, mentions: totals["mentions"] ?? 0,
                relations: totals["relations"] ?? 0,
                entitiesByKind: Dictionary(uniqueKeysWithValues: EntityKind.allCases.map {
                    ($0, entitiesByKind[$0.rawValue] ?? 0)
                }),
                relationsByKind: Dictionary(uniqueKeysWithValues: RelationKind.allCases.map {
                    ($0, relationsByKind[$0.rawValue] ?? 0)
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

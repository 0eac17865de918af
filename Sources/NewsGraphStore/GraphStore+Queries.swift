import GRDB
import NewsGraphModel

extension GraphStore {
    /// The entity of `kind` called `name`: by its normalised name first, else by an alias.
    ///
    /// White space and full-width letters and digits in `name` do not matter (see
    /// `EntityKey.normalized`). When several entities have `name` as an alias, the one with the
    /// lowest id wins. Nil when nothing of that kind is called so.
    public func entity(_ kind: EntityKind, named name: String) throws -> EntityRow? {
        let normalized = EntityKey.normalized(name)
        guard !normalized.isEmpty else { return nil }
        return try reading("cannot look up the \(kind.rawValue) \(name)") { db in
            guard let id = try Self.entityId(kind, named: normalized, in: db) else { return nil }
            return try Self.entityRow(id: id, in: db)
        }
    }

    /// The id of the entity `entity(_:named:)` finds, without reading the rest of it (its aliases,
    /// its count of mentions); nil when nothing of that kind is called so.
    public func entityId(_ kind: EntityKind, named name: String) throws -> Int64? {
        let normalized = EntityKey.normalized(name)
        guard !normalized.isEmpty else { return nil }
        return try reading("cannot look up the \(kind.rawValue) \(name)") { db in
            try Self.entityId(kind, named: normalized, in: db)
        }
    }

    /// `entityId(_:named:)` for each of `names`, in one read: name → id, names without an entity left out.
    public func entityIds(_ kind: EntityKind, named names: [String]) throws -> [String: Int64] {
        guard !names.isEmpty else { return [:] }
        return try reading("cannot look up \(names.count) \(kind.rawValue) names") { db in
            var ids: [String: Int64] = [:]
            for name in names {
                let normalized = EntityKey.normalized(name)
                if !normalized.isEmpty, let id = try Self.entityId(kind, named: normalized, in: db) { ids[name] = id }
            }
            return ids
        }
    }

    /// Entities of `kinds` whose names share the most characters with `query`, best first.
    ///
    /// For telling a user what they may have meant when a name found nothing. A candidate is
    /// scored by the distinct characters of the query found in its name or any alias (see
    /// `CloseMatch`); candidates sharing none are left out. Ties go to the shorter name, then
    /// to the name in code-point order, then to the lower id.
    public func closeMatches(to query: String, kinds: [EntityKind], limit: Int = 5) throws -> [CloseMatch] {
        let wanted = CloseMatch.characters(of: query)
        guard !wanted.isEmpty, !kinds.isEmpty, limit > 0 else { return [] }
        let placeholders = Array(repeating: "?", count: kinds.count).joined(separator: ", ")
        let rows = try reading("cannot look for names like \(query)") { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.kind, e.name, x.alias
                FROM entities e LEFT JOIN aliases x ON x.entity_id = e.id
                WHERE e.kind IN (\(placeholders))
                ORDER BY e.id, x.alias
                """, arguments: StatementArguments(kinds.map(\.rawValue)))
        }
        var best: [Int64: CloseMatch] = [:]
        for row in rows {
            let id: Int64 = row["id"]
            let name: String = row["name"]
            let alias: String? = row["alias"]
            let shared = [name, alias ?? ""].map { CloseMatch.characters(of: $0).intersection(wanted).count }.max() ?? 0
            guard shared > 0, shared > (best[id]?.shared ?? 0) else { continue }
            best[id] = CloseMatch(entityId: id, kind: try Self.entityKind(row["kind"]), name: name, shared: shared)
        }
        let ranked = best.values.sorted { a, b in
            if a.shared != b.shared { return a.shared > b.shared }
            let la = a.name.unicodeScalars.count, lb = b.name.unicodeScalars.count
            if la != lb { return la < lb }
            if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
            return a.entityId < b.entityId
        }
        return Array(ranked.prefix(limit))
    }

    // MARK: Shared pieces of the queries

    /// The id of the entity of `kind` whose key is `normalized`, else the first with that alias.
    ///
    /// An entity found by its name must have an alias (as a join with `aliases` finds it). The two
    /// ways of matching are two index look-ups (`aliases_by_alias`, `entities_by_name`) rather than
    /// one `OR` that reads every alias of the kind.
    static func entityId(_ kind: EntityKind, named normalized: String, in db: Database) throws -> Int64? {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE kind = ? AND key = ?"),
                                       arguments: [kind.rawValue, normalized]) {
            return id
        }
        return try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT min(id) FROM (
                SELECT e.id FROM aliases x CROSS JOIN entities e ON e.id = x.entity_id WHERE x.alias = ?2 AND e.kind = ?1
                UNION ALL
                SELECT e.id FROM entities e
                WHERE e.name = ?2 AND e.kind = ?1 AND EXISTS (SELECT 1 FROM aliases x WHERE x.entity_id = e.id)
            )
            """), arguments: [kind.rawValue, normalized])
    }

    /// The `EntityRow` of entity `id`, or nil.
    static func entityRow(id: Int64, in db: Database) throws -> EntityRow? {
        // Cached: a query reads many entities, one statement prepared once serves them all.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT e.id, e.kind, e.name, e.key, e.date, e.place, e.series, e.detail,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count
            FROM entities e WHERE e.id = ?
            """), arguments: [id]) else { return nil }
        return EntityRow(id: id, kind: try entityKind(row["kind"]), name: row["name"], key: row["key"], date: row["date"],
                         place: row["place"], series: row["series"], detail: row["detail"],
                         aliases: try aliases(of: id, in: db), mentionCount: row["mention_count"])
    }

    /// The aliases of entity `id`, sorted; with its own name unless `excluding` it.
    static func aliases(of id: Int64, excluding name: String? = nil, in db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT alias FROM aliases WHERE entity_id = ? AND alias IS NOT ? ORDER BY alias"),
                            arguments: [id, name])
    }

    /// The select list and joins of a relation read with both ends and its article in context.
    ///
    /// Rows of it feed `articleRef(_:in:)`, `evidence(of:in:)` and the callers' own fields. The
    /// article's text comes only where its title is made from it (no headline, see `titleText`).
    static let relationInContext = relationInContext(titled: true)

    /// `relationInContext`, with `title_text` always NULL unless `titled` (`articleRef(_:in:)` then
    /// reads the text of an article without a headline itself). Untitled, the article and its issue
    /// are read from their covering indexes (031), not from their rows.
    static func relationInContext(titled: Bool) -> String {
        """
        SELECT r.id, r.kind, r.subject_id, s.kind AS subject_kind, s.name AS subject_name,
               r.object_id, o.kind AS object_kind, o.name AS object_name, o.date AS object_date,
               o.place AS object_place, r.article_id, r.start, r."end", r.rule, r.ordinal, r.date, r.detail,
               a.headline, \(titled ? titleText : "NULL") AS title_text, a.dateline_text, a.dateline_date, a.ordinal AS article_ordinal,
               i.paper, i.issue_date, i.page, i.source_path, i.content_hash,
               s.key AS subject_key, o.key AS object_key
        FROM relations r
        JOIN entities o ON o.id = r.object_id
        LEFT JOIN entities s ON s.id = r.subject_id
        JOIN articles a \(titled ? "" : articleCover)ON a.id = r.article_id
        JOIN issues i \(issueCover)ON i.id = a.issue_id
        """
    }

    /// Reads an article `a` from `articles_ref_cover` (031): its issue, ordinal, headline and dateline,
    /// without its text (about a page a row).
    static let articleCover = "INDEXED BY articles_ref_cover "

    /// Reads an issue `i` from `issues_ref_cover` (031): its date, path, content hash, paper and page,
    /// without its texts.
    static let issueCover = "INDEXED BY issues_ref_cover "

    /// The text of article `a` when it has no headline (its title is then made from the text), else NULL.
    ///
    /// SQLite's `trim` takes fewer blanks than `trimmingSpaces()`; an article whose headline is
    /// blank only by the latter has its text read by `articleRef(_:in:)` itself.
    static let titleText = "CASE WHEN a.headline IS NULL OR trim(a.headline) = '' THEN a.text END"

    /// Store order for `relationInContext`: issue, article, place in the article, print order.
    static let relationInContextOrder = """
        ORDER BY i.issue_date IS NULL, i.issue_date, i.source_path, a.ordinal, r.start, r.ordinal IS NULL, r.ordinal, r.id
        """

    /// `?, ?, …` for the meeting roles, and the role names to bind to them.
    static var meetingRolePlaceholders: (sql: String, arguments: [String]) {
        let roles = RelationKind.meetingRoles.map(\.rawValue)
        return (Array(repeating: "?", count: roles.count).joined(separator: ", "), roles)
    }

    /// The article of a row with the columns of `relationInContext` (`title_text` as `titleText`).
    static func articleRef(_ row: Row, in db: Database) throws -> ArticleRef {
        var text: String = ""
        if isUntitled(row) {
            text = try (row["title_text"] as String?) ?? articleText(row["article_id"], in: db)
        }
        return articleRef(row, text: text)
    }

    /// The article of a row with the article columns of `relationInContext`, its title made from
    /// `text` when it has no headline (`text` is then the article's text, else unused).
    static func articleRef<R: NamedColumns>(_ row: R, text: String) -> ArticleRef {
        let headline: String? = row["headline"]
        var ref = ArticleRef(id: row["article_id"], paper: row["paper"], issueDate: row["issue_date"], page: row["page"],
                             headline: headline,
                             title: ArticleRef.title(headline: headline, text: text, dateline: row["dateline_text"]))
        ref.key = EntityKey.article(contentHash: row["content_hash"], ordinal: row["article_ordinal"])
        return ref
    }

    /// Whether the article of `row` has no headline, so that its title is made from its text.
    static func isUntitled<R: NamedColumns>(_ row: R) -> Bool {
        (row["headline"] as String?)?.trimmingSpaces().isEmpty ?? true
    }

    /// The texts of the articles of `rows` that have no headline, by article id, in one read.
    static func untitledTexts<R: NamedColumns>(of rows: [R], in db: Database) throws -> [Int64: String] {
        var ids: [Int64] = []
        var seen: Set<Int64> = []
        for row in rows where isUntitled(row) {
            let id: Int64 = row["article_id"]
            if seen.insert(id).inserted { ids.append(id) }
        }
        guard !ids.isEmpty else { return [:] }
        // The ids are bound as one JSON array.
        let list = "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
        var texts: [Int64: String] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT a.id, a.text FROM json_each(?) x CROSS JOIN articles a ON a.id = x.value
            """, arguments: [list])
        while let row = try cursor.next() { texts[row[0]] = row[1] }
        return texts
    }

    /// The text of article `id` (empty when there is none).
    static func articleText(_ id: Int64, in db: Database) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM articles WHERE id = ?"), arguments: [id]) ?? ""
    }

    /// The evidence sentence(s) of a `relationInContext` row.
    static func evidence<R: NamedColumns>(of row: R, in db: Database) throws -> (span: Span, text: String) {
        let span = Span(row["start"], row["end"])
        return (span, try evidence(article: row["article_id"], span: span, text: nil, in: db))
    }

    /// The date a relation held: its own date, else the issue date of its article.
    static func relationDate<R: NamedColumns>(_ row: R) -> String? {
        (row["date"] as String?) ?? (row["issue_date"] as String?)
    }

    /// `a` before `b` for optional dates: dated before undated, then in ISO order.
    static func dateOrder(_ a: String?, _ b: String?) -> Bool? {
        switch (a, b) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return nil
        }
    }
}

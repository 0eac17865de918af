import GRDB
import NewsGraphModel
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

extension GraphStore {
    /// One link per (subject, object, relation kind): the first `links(entityKinds:relationKinds:touching:from:to:)`
    /// would return for it, so its ordinal is the lowest the pair has (unnumbered only when none is numbered).
    ///
    /// The same filters as `links`, applied to every relation before the pairs are formed. Ordered as
    /// `links` orders them: subject (kind, name, id), object (kind, name, id), relation kind, each text
    /// compared byte for byte as SQLite compares it.
    ///
    /// The relations are read in one pass in storage order, without sorting (`FirstLinkRanking`
    /// keeps each pair's best relation in a hash table); the ends, each article's issue day and
    /// the winners' detail and evidence start are read once each (not at all without `details`: the
    /// links then carry no detail and start 0). A drawing of the whole graph so
    /// costs one cheap row per relation and no sort of them in SQL.
    public func firstLinks(entityKinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil,
                           touching entityIds: [Int64]? = nil, from: String? = nil, to: String? = nil,
                           details: Bool = true) throws -> [LinkRow] {
        if entityKinds?.isEmpty == true || relationKinds?.isEmpty == true || entityIds?.isEmpty == true { return [] }
        return try reading("cannot read the links of the graph") { db in
            let ends = try Self.linkEnds(in: db)
            // Each end's kind by id, which is all a candidate carries (no names copied per relation).
            let endKinds = IdTable(ends.mapValues(\.kind))
            let days = IdTable(try Self.articleDays(in: db))
            var ranking = FirstLinkRanking(entityKinds: entityKinds, relationKinds: relationKinds,
                                           touching: entityIds.map(Set.init), from: from, to: to)
            // Unordered: the pairs are formed in a hash table, so SQLite neither sorts nor joins.
            let statement = try db.makeStatement(sql: """
                SELECT id, kind, subject_id, object_id, ordinal, date, article_id
                FROM relations WHERE subject_id IS NOT NULL
                """)
            let rows = try Row.fetchCursor(statement)
            // Every relation of the graph passes here: its columns are read from SQLite as they are, and
            // none becomes a `String` (the day is a `DayCode`).
            let sqlite = statement.sqliteStatement
            while try rows.next() != nil {
                let subject = sqlite3_column_int64(sqlite, 2)
                let object = sqlite3_column_int64(sqlite, 3)
                let article = sqlite3_column_int64(sqlite, 6)
                // As the joins of `links` do: a relation without its ends or its article's issue is not a link.
                guard let subjectKind = endKinds[subject], let objectKind = endKinds[object], let issueDay = days[article] else {
                    continue
                }
                let ordinal = sqlite3_column_type(sqlite, 4) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(sqlite, 4))
                ranking.consider(FirstLinkRanking.Candidate(
                    relationId: sqlite3_column_int64(sqlite, 0), kind: try Self.relationKind(column: 1, of: sqlite),
                    subject: subject, subjectKind: subjectKind, object: object, objectKind: objectKind, ordinal: ordinal,
                    dayCode: Self.fullDate(column: 5, of: sqlite) ?? issueDay, articleId: article))
            }
            let winners = ranking.winners(ends: ends)
            let extras = details ? try Self.detailsAndStarts(of: winners.map(\.relationId), in: db) : [:]
            return winners.map { winner in
                let extra = extras[winner.relationId]
                return LinkRow(relationId: winner.relationId, kind: winner.kind, subject: ends[winner.subject]!, object: ends[winner.object]!,
                               ordinal: winner.ordinal, day: winner.day, detail: extra?.detail, articleId: winner.articleId,
                               evidenceStart: extra?.start ?? 0)
            }
        }
    }

    /// The relation kinds by the bytes of their stored names.
    private static let relationKindsByBytes: [(bytes: [UInt8], kind: RelationKind)] = RelationKind.allCases.map {
        (Array($0.rawValue.utf8), $0)
    }

    /// The relation kind stored in column `index` of the current row of `statement`, found by its bytes
    /// (an unknown name throws as `relationKind(_:)` does).
    static func relationKind(column index: Int32, of statement: SQLiteStatement) throws -> RelationKind {
        let count = Int(sqlite3_column_bytes(statement, index))
        if let text = sqlite3_column_text(statement, index) {
            let bytes = UnsafeBufferPointer(start: text, count: count)
            for (name, kind) in relationKindsByBytes where name.count == count && name.elementsEqual(bytes) { return kind }
            return try relationKind(String(decoding: bytes, as: UTF8.self))
        }
        return try relationKind("")
    }

    /// The day of column `index` of the current row of `statement` when it is a full `YYYY-MM-DD`
    /// date (`FirstLinkRanking.isFullDate`), else nil.
    static func fullDate(column index: Int32, of statement: SQLiteStatement) -> DayCode? {
        guard sqlite3_column_type(statement, index) == SQLITE_TEXT, sqlite3_column_bytes(statement, index) == 10,
              let text = sqlite3_column_text(statement, index) else { return nil }
        return DayCode(bytes: UnsafeBufferPointer(start: text, count: 10))
    }

    /// Every entity as a link end, by id.
    static func linkEnds(in db: Database) throws -> [Int64: LinkRow.End] {
        var ends: [Int64: LinkRow.End] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, kind, name, key, date FROM entities")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            ends[id] = LinkRow.End(id: id, kind: try entityKind(row[1]), name: row[2], key: row[3], date: row[4])
        }
        return ends
    }

    /// Each article's issue date (`DayCode.unknown` when the issue has none), by article id; articles
    /// whose issue is missing are left out.
    static func articleDays(in db: Database) throws -> [Int64: DayCode] {
        var days: [Int64: DayCode] = [:]
        // From the covering indexes of 005, not the issues' rows (a page of text each).
        let statement = try db.makeStatement(sql: """
            SELECT a.id, i.issue_date FROM articles a JOIN issues i INDEXED BY issues_region_date_cover ON i.id = a.issue_id
            """)
        let rows = try Row.fetchCursor(statement)
        let sqlite = statement.sqliteStatement
        // Read as they are, no date made a `String`; the schema holds an issue's date to `YYYY-MM-DD` or NULL.
        while try rows.next() != nil {
            days[sqlite3_column_int64(sqlite, 0)] = fullDate(column: 1, of: sqlite) ?? .unknown
        }
        return days
    }

    /// The detail and evidence start of the relations `ids`, by id, read in one statement (the ids are
    /// bound as one JSON array).
    static func detailsAndStarts(of ids: [Int64], in db: Database) throws -> [Int64: (detail: String?, start: Int)] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: (detail: String?, start: Int)] = [:]
        out.reserveCapacity(ids.count)
        // In id order: the rows are then read in storage order, each page once.
        let json = "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.id, r.detail, r.start FROM json_each(?) j CROSS JOIN relations r ON r.id = j.value
            """, arguments: [json])
        while let row = try rows.next() {
            out[row[0]] = (row[1], row[2])
        }
        return out
    }
}

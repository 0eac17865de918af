import Foundation
import GRDB
import NewsGraphModel

extension GraphStore {
    /// The timeline of every policy whose name or an alias contains `query`.
    ///
    /// Each `issued` relation gives an `issued` event (issuers printed in one sentence with
    /// one date are one event), each `implements` relation an `implemented` event by its
    /// meeting, and each `mentions` relation not already covered by one of those sentences a
    /// `discussed` event, by the meeting, when its article reports a meeting (someone has a
    /// role at it there), else a `mentioned` event. A programme known by a quoted name of four or more
    /// characters also gets one event (rule `trace.name-in-text`) for each other article whose text
    /// prints that name. Policies are ordered by name and id;
    /// events as `PolicyTrace` says. Empty when no policy matches.
    public func policyTraces(matching query: String) throws -> [PolicyTrace] {
        let needle = EntityKey.normalized(query)
        guard !needle.isEmpty else { return [] }
        return try reading("cannot trace the policies matching \(query)") { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT e.id FROM entities e
                WHERE e.kind = ?1
                  AND (instr(e.key, ?2) > 0 OR instr(e.name, ?2) > 0
                       OR EXISTS (SELECT 1 FROM aliases x WHERE x.entity_id = e.id AND instr(x.alias, ?2) > 0))
                ORDER BY e.name, e.id
                """, arguments: [EntityKind.policy.rawValue, needle])
            return try ids.compactMap { try Self.trace(policyId: $0, in: db) }
        }
    }

    /// The trace of the policy `id`, or nil when there is no such policy.
    static func trace(policyId id: Int64, in db: Database) throws -> PolicyTrace? {
        guard let policy = try entityRow(id: id, in: db), policy.kind == .policy else { return nil }
        let kinds = [RelationKind.issued, .implements, .mentions].map(\.rawValue)
        // No article text on the rows: the texts of the articles without a headline are read once each.
        // Each row's dozen columns are read by positions resolved once (see `PositionedRow`), here and by
        // the helpers given the rows (texts, evidence, reported meetings).
        let rows = PositionedRow.all(try Row.fetchAll(db, sql: relationInContext(titled: false) + """

            WHERE r.object_id = ? AND r.kind IN (?, ?, ?)
            """ + relationInContextOrder, arguments: StatementArguments([id]) + StatementArguments(kinds)))
        let texts = try untitledTexts(of: rows, in: db)

        /// An event with what it sorts by.
        struct Placed {
            var event: PolicyTrace.Event
            var position: (issue: String, path: String, article: Int, start: Int, rank: Int)
        }
        var events: [Placed] = []
        var covered: [(article: Int64, span: Span)] = []
        var meetingOfArticle: [Int64: String?] = [:]
        /// Reads, in one statement, the meeting each of `articles` reports: the meeting of its first role
        /// relation (by start and id), if any.
        func readReportedMeetings(_ articles: Set<Int64>) throws {
            let unread = articles.filter { meetingOfArticle[$0] == nil }
            guard !unread.isEmpty else { return }
            for article in unread { meetingOfArticle[article] = .some(nil) }
            let (placeholders, roles) = meetingRolePlaceholders
            let found = try Row.fetchCursor(db, sql: """
                SELECT r.article_id, o.name
                FROM json_each(?) x CROSS JOIN relations r ON r.article_id = x.value JOIN entities o ON o.id = r.object_id
                WHERE o.kind = ? AND r.kind IN (\(placeholders))
                ORDER BY r.article_id, r.start, r.id
                """, arguments: ["[" + unread.sorted().map(String.init).joined(separator: ",") + "]", EntityKind.meeting.rawValue]
                    + StatementArguments(roles))
            var previous: Int64?
            while let row = try found.next() {
                let article: Int64 = row[0]
                guard article != previous else { continue }
                previous = article
                meetingOfArticle[article] = .some(row[1])
            }
        }
        /// The meeting `article` reports (read by `readReportedMeetings` first), or nil.
        func reportedMeeting(_ article: Int64) throws -> String? {
            if meetingOfArticle[article] == nil { try readReportedMeetings([article]) }
            return meetingOfArticle[article] ?? nil
        }

        let evidenceOfRelation = try evidence(ofRows: rows, in: db)
        try readReportedMeetings(Set(rows.compactMap { row in
            (row["kind"] as String) == RelationKind.issued.rawValue ? nil : row["article_id"] as Int64
        }))
        for row in rows {
            let kind = try relationKind(row["kind"])
            let articleId: Int64 = row["article_id"]
            let (span, evidence) = try evidenceOfRelation[row["id"]] ?? evidence(of: row, in: db)
            let date = relationDate(row)
            let subject: String? = row["subject_name"]
            let action: PolicyTrace.Action
            var by: [String] = []
            switch kind {
            case .issued:
                action = .issued
                if let subject { by = [subject] }
                if let i = events.firstIndex(where: {
                    $0.event.action == .issued && $0.event.article.id == articleId && $0.event.evidenceSpan == span
                        && $0.event.date == date
                }) {
                    if let subject, !events[i].event.by.contains(subject) { events[i].event.by.append(subject) }
                    continue
                }
            case .implements:
                action = .implemented
                if let subject { by = [subject] } else if let meeting = try reportedMeeting(articleId) { by = [meeting] }
            default:
                if let meeting = try reportedMeeting(articleId) {
                    action = .discussed
                    by = [meeting]
                } else {
                    action = .mentioned
                }
            }
            if kind != .mentions { covered.append((articleId, span)) }
            let event = PolicyTrace.Event(date: date, article: articleRef(row, text: texts[row["article_id"]] ?? ""), action: action,
                                          by: by, figures: row["detail"],
                                          evidence: evidence, evidenceSpan: span, rule: row["rule"])
            let rank = PolicyTrace.Action.allCases.firstIndex(of: action) ?? 0
            events.append(Placed(event: event, position: (row["issue_date"] ?? "", row["source_path"], row["article_ordinal"],
                                                          span.start, rank)))
        }
        // A programme known by a quoted name is traced too where an article prints that name without
        // quotes (加快千亿斤粮食、千万头肉牛…建设): one event per such article, found by its text. The
        // articles traced already are left out before their sentences are read.
        let traced = Set(events.map(\.event.article.id))
        if let core = EntityKey.quotedCore(policy.key), core.unicodeScalars.count >= 4 {
            let rows = PositionedRow.all(try Row.fetchAll(db, sql: """
                SELECT s.article_id, s.start, s."end", s.text AS sentence_text, a.headline,
                       a.dateline_text, a.ordinal AS article_ordinal, i.paper, i.issue_date, i.page, i.source_path, i.content_hash
                FROM articles_fts f JOIN articles a \(articleCover)ON a.id = f.rowid JOIN issues i \(issueCover)ON i.id = a.issue_id
                JOIN sentences s ON s.article_id = a.id AND instr(s.text, ?2) > 0
                WHERE articles_fts MATCH ?1 AND f.rowid NOT IN (SELECT value FROM json_each(?3))
                ORDER BY i.issue_date IS NULL, i.issue_date, i.source_path, a.ordinal, s.start
                """, arguments: ["\"" + core.replacingOccurrences(of: "\"", with: "\"\"") + "\"", core,
                                 "[" + traced.map(String.init).joined(separator: ",") + "]"]))
            var added: Set<Int64> = []
            // The first sentence of each article not traced yet; then the texts of those without a headline, once each.
            let firsts = rows.filter { row in
                let articleId: Int64 = row["article_id"]
                return !traced.contains(articleId) && added.insert(articleId).inserted
            }
            let texts = try untitledTexts(of: firsts, in: db)
            try readReportedMeetings(Set(firsts.map { $0["article_id"] as Int64 }))
            for row in firsts {
                let articleId: Int64 = row["article_id"]
                let span = Span(row["start"], row["end"])
                let meeting = try reportedMeeting(articleId)
                let action: PolicyTrace.Action = meeting == nil ? .mentioned : .discussed
                let event = PolicyTrace.Event(date: row["issue_date"], article: articleRef(row, text: texts[articleId] ?? ""), action: action,
                                              by: meeting.map { [$0] } ?? [],
                                              figures: nil, evidence: row["sentence_text"], evidenceSpan: span, rule: "trace.name-in-text")
                let rank = PolicyTrace.Action.allCases.firstIndex(of: action) ?? 0
                events.append(Placed(event: event, position: (row["issue_date"] ?? "", row["source_path"], row["article_ordinal"],
                                                              span.start, rank)))
            }
        }
        // A mention inside a sentence that already issues or carries out the policy adds nothing.
        events.removeAll { placed in
            (placed.event.action == .mentioned || placed.event.action == .discussed)
                && covered.contains { $0.article == placed.event.article.id && $0.span.contains(placed.event.evidenceSpan) }
        }
        let sorted = events.sorted { a, b in
            if let order = dateOrder(a.event.date, b.event.date) { return order }
            return (a.position.issue, a.position.path, a.position.article, a.position.start, a.position.rank)
                < (b.position.issue, b.position.path, b.position.article, b.position.start, b.position.rank)
        }
        var trace = PolicyTrace(policyId: id, name: policy.name, aliases: policy.aliases.filter { $0 != policy.name },
                                events: sorted.map(\.event))
        trace.key = EntityKey.qualified(kind: EntityKind.policy.rawValue, key: policy.key)
        return trace
    }
}

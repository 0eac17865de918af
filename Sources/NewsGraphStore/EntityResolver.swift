import GRDB
import NewsGraphModel

/// Decides, after every ingest, which person mentions are one person and what each entity is called.
///
/// Everything here is a function of all stored facts, never of the order they came in, so
/// ingesting issues one by one or all at once gives the same graph.
///
/// - Persons: mentions of one name are one person unless the evidence disagrees: the name is
///   seen in two provinces at overlapping times (two people at once), in which case each
///   province keeps its own entity (`name@province`). A name seen in one province and later in
///   another (a transfer: 韩俊 吉林 → 安徽) stays one person.
/// - Canonical names: an entity whose key is not its name (a numbered meeting, a province-relative
///   body, a policy's quoted name) is called by its longest alias, ties by code point order.
/// Each decision is written to `resolutions` with its reason, for `newsgraph explain`.
enum EntityResolver {
    /// Re-decides the persons called `names` and the names of `entities` (what one ingest touched).
    static func resolve(personNames names: Set<String>, entities: Set<Int64>, in db: Database) throws {
        try resolvePersons(names.sorted(), in: db)
        try canonicalNames(Array(entities).sorted(), in: db)
    }

    /// A person mention with where and when it was seen.
    struct Sighting {
        var mentionId: Int64
        var entityId: Int64
        var name: String
        var region: String
        var date: String
    }

    static func resolvePersons(_ names: [String], in db: Database) throws {
        guard !names.isEmpty else { return }
        var rows: [Row] = []
        for name in names {
            rows += try Row.fetchAll(db, sql: """
                SELECT m.id, m.entity_id, IFNULL(m.name, e.name) AS name, IFNULL(i.region, '') AS region,
                       IFNULL(i.issue_date, '') AS date
                FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id
                JOIN issues i ON i.id = a.issue_id
                WHERE m.kind = 'person' AND IFNULL(m.name, e.name) = ?
                ORDER BY m.id
                """, arguments: [name])
        }
        let sightings = rows.map { Sighting(mentionId: $0["id"], entityId: $0["entity_id"], name: $0["name"], region: $0["region"], date: $0["date"]) }
        let byName = Dictionary(grouping: sightings, by: \.name)
        for name in byName.keys.sorted() {
            let group = byName[name]!
            try db.execute(sql: "DELETE FROM resolutions WHERE entity_id IN (SELECT id FROM entities WHERE kind = 'person' AND name = ?)",
                           arguments: [name])
            // Date range per region (undated sightings join any range).
            var ranges: [String: (String, String)] = [:]
            for s in group where !s.region.isEmpty && !s.date.isEmpty {
                let r = ranges[s.region] ?? (s.date, s.date)
                ranges[s.region] = (min(r.0, s.date), max(r.1, s.date))
            }
            let regions = ranges.keys.sorted()
            var conflict: (String, String)?
            for (i, a) in regions.enumerated() {
                for b in regions[(i + 1)...] {
                    let ra = ranges[a]!, rb = ranges[b]!
                    if ra.0 <= rb.1 && rb.0 <= ra.1 { conflict = (a, b) }
                }
            }
            if let (a, b) = conflict {
                // Two people: one entity per province.
                for region in Set(group.map(\.region)).sorted() {
                    let key = region.isEmpty ? name : name + "@" + region
                    let id = try entityId(kind: "person", key: key, name: name, in: db)
                    let members = group.filter { $0.region == region }.map(\.mentionId)
                    try move(mentions: members, of: name, to: id, in: db)
                    let reason = "seen in \(a) (\(ranges[a]!.0)…\(ranges[a]!.1)) and \(b) (\(ranges[b]!.0)…\(ranges[b]!.1)) at the same time: kept apart by province"
                    try record(id, "kept-apart", reason, in: db)
                }
            } else {
                let id = try entityId(kind: "person", key: name, name: name, in: db)
                try move(mentions: group.map(\.mentionId), of: name, to: id, in: db)
                if regions.count > 1 {
                    let path = regions.sorted { ranges[$0]!.0 < ranges[$1]!.0 }.map { "\($0) \(ranges[$0]!.0)…\(ranges[$0]!.1)" }.joined(separator: " → ")
                    try record(id, "merged", "one person seen in several provinces one after another: \(path)", in: db)
                } else if Set(group.map(\.date)).count > 1 {
                    try record(id, "merged", "same name in \(Set(group.map(\.date)).count) issues of \(regions.first ?? "an unknown province") with no conflicting evidence", in: db)
                }
            }
        }
        try db.execute(sql: """
            DELETE FROM entities WHERE kind = 'person'
              AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM relations WHERE subject_id = entities.id OR object_id = entities.id)
            """)
    }

    /// Moves person mentions, and the relations of the same articles that name that person, to `id`.
    static func move(mentions: [Int64], of name: String, to id: Int64, in db: Database) throws {
        for chunk in stride(from: 0, to: mentions.count, by: 500) {
            let part = Array(mentions[chunk..<min(mentions.count, chunk + 500)])
            let marks = databaseQuestionMarks(count: part.count)
            try db.execute(sql: "UPDATE mentions SET entity_id = ? WHERE id IN (\(marks)) AND entity_id <> ?",
                           arguments: StatementArguments([id] + part.map { $0 as DatabaseValueConvertible } + [id]))
            // Relations of those articles whose person end has this name.
            try db.execute(sql: """
                UPDATE relations SET subject_id = ?
                WHERE subject_id IN (SELECT id FROM entities WHERE kind = 'person' AND name = ?) AND subject_id <> ?
                  AND article_id IN (SELECT article_id FROM mentions WHERE id IN (\(marks)))
                """, arguments: StatementArguments([id, name, id] + part.map { $0 as DatabaseValueConvertible }))
            try db.execute(sql: """
                UPDATE relations SET object_id = ?
                WHERE object_id IN (SELECT id FROM entities WHERE kind = 'person' AND name = ?) AND object_id <> ?
                  AND article_id IN (SELECT article_id FROM mentions WHERE id IN (\(marks)))
                """, arguments: StatementArguments([id, name, id] + part.map { $0 as DatabaseValueConvertible }))
        }
    }

    static func entityId(kind: String, key: String, name: String, in db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE kind = ? AND key = ?", arguments: [kind, key]) { return id }
        try db.execute(sql: "INSERT INTO entities (kind, name, key) VALUES (?, ?, ?)", arguments: [kind, name, key])
        return db.lastInsertedRowID
    }

    static func record(_ id: Int64, _ decision: String, _ reason: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO resolutions (entity_id, decision, reason) VALUES (?, ?, ?)", arguments: [id, decision, reason])
    }

    /// Entities whose key is not their name are called by their longest alias.
    static func canonicalNames(_ ids: [Int64], in db: Database) throws {
        var rows: [Row] = []
        for id in ids {
            rows += try Row.fetchAll(db, sql: """
                SELECT e.id, e.kind, e.name, e.key,
                       (SELECT IFNULL(m.name, m.text) FROM mentions m WHERE m.entity_id = e.id
                        ORDER BY length(IFNULL(m.name, m.text)) DESC, IFNULL(m.name, m.text) LIMIT 1) AS best
                FROM entities e WHERE e.id = ? AND e.kind IN ('meeting', 'organization', 'policy')
                """, arguments: [id])
        }
        for row in rows {
            let id: Int64 = row["id"]
            let name: String = row["name"]
            guard let best: String = row["best"], best != name, best.count >= name.count else { continue }
            try db.execute(sql: "UPDATE entities SET name = ? WHERE id = ?", arguments: [best, id])
            try record(id, "alias", "called \(best) (its longest name) rather than \(name)", in: db)
        }
    }
}

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
/// - Canonical names are kept by `EntityWriter`: the longest name seen, ties by code point order.
/// Each decision is written to `resolutions` with its reason, for `newsgraph explain`.
enum EntityResolver {
    /// Re-decides the persons called `names` (what one ingest touched).
    ///
    /// `added` are the names of the document just written, seen in `region` on `date`: their
    /// sightings are updated in place; `removed` are names of a replaced version, whose sightings
    /// are counted again from the mentions.
    static func resolve(added: Set<String>, region: String?, date: String?, removed: Set<String>, in db: Database) throws {
        for name in removed.sorted() {
            try db.runCached("DELETE FROM person_sightings WHERE name = ?", [name])
            try db.runCached("""
                INSERT INTO person_sightings (name, region, first_date, last_date, issues)
                SELECT m.name, IFNULL(i.region, ''), MIN(i.issue_date), MAX(i.issue_date), COUNT(DISTINCT i.id)
                FROM mentions m JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
                WHERE m.kind = 'person' AND m.name = ? GROUP BY IFNULL(i.region, '')
                """, [name])
        }
        for name in added.subtracting(removed).sorted() {
            try db.runCached("""
                INSERT INTO person_sightings (name, region, first_date, last_date, issues) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (name, region) DO UPDATE SET
                    first_date = CASE WHEN excluded.first_date IS NULL THEN first_date WHEN first_date IS NULL THEN excluded.first_date
                                      ELSE MIN(first_date, excluded.first_date) END,
                    last_date = CASE WHEN excluded.last_date IS NULL THEN last_date WHEN last_date IS NULL THEN excluded.last_date
                                     ELSE MAX(last_date, excluded.last_date) END,
                    issues = issues + 1
                """, [name, region ?? "", date, date])
        }
        try resolvePersons(added.union(removed).sorted(), in: db)
    }

    /// Re-decides every person called one of `names`: one entity, or one per province when the
    /// evidence disagrees.
    static func resolvePersons(_ names: [String], in db: Database) throws {
        for name in names {
            try db.runCached("DELETE FROM resolutions WHERE entity_id IN (SELECT id FROM entities WHERE kind = 'person' AND name = ?)", [name])
            // Where and when the name was seen: per province, the first and last issue date.
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT region, first_date AS first, last_date AS last, issues
                FROM person_sightings WHERE name = ? AND issues > 0 ORDER BY region
                """), arguments: [name])
            guard !rows.isEmpty else { continue }
            var ranges: [String: (String, String)] = [:]
            var issues = 0
            for r in rows {
                issues += r["issues"] as Int
                if let first: String = r["first"], let last: String = r["last"], !(r["region"] as String).isEmpty {
                    ranges[r["region"]] = (first, last)
                }
            }
            let regions = ranges.keys.sorted()
            var conflict: (String, String)?
            for (i, a) in regions.enumerated() {
                for b in regions[(i + 1)...] where ranges[a]!.0 <= ranges[b]!.1 && ranges[b]!.0 <= ranges[a]!.1 {
                    conflict = conflict ?? (a, b)
                }
            }
            if let (a, b) = conflict {
                let reason = "seen in \(a) (\(ranges[a]!.0)…\(ranges[a]!.1)) and \(b) (\(ranges[b]!.0)…\(ranges[b]!.1)) at the same time: kept apart by province"
                // Once split, new mentions are written to their province's person directly; only
                // mentions still on the unsplit person (keyed by the bare name) need moving.
                let plain = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE kind = 'person' AND key = ?", arguments: [name])
                let pending = try plain.map { try db.valueCached(Bool.self, """
                    SELECT EXISTS (SELECT 1 FROM mentions WHERE kind = 'person' AND name = ? AND entity_id = ?)
                    """, [name, $0]) == true } ?? false
                for r in rows {
                    let region: String = r["region"]
                    let id = try entityId(kind: "person", key: region.isEmpty ? name : name + "@" + region, name: name, in: db)
                    if pending && id != plain { try move(name, region: region, to: id, in: db) }
                    try record(id, "kept-apart", reason, in: db)
                }
            } else {
                let id = try entityId(kind: "person", key: name, name: name, in: db)
                try move(name, region: nil, to: id, in: db)
                if regions.count > 1 {
                    let path = regions.sorted { ranges[$0]!.0 < ranges[$1]!.0 }.map { "\($0) \(ranges[$0]!.0)…\(ranges[$0]!.1)" }.joined(separator: " → ")
                    try record(id, "merged", "one person seen in several provinces one after another: \(path)", in: db)
                } else if issues > 1 {
                    try record(id, "merged", "same name in \(issues) issues of \(regions.first ?? "an unknown province") with no conflicting evidence", in: db)
                }
            }
        }
        for name in names {
            try db.runCached("""
                DELETE FROM entities WHERE kind = 'person' AND name = ?
                  AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
                  AND NOT EXISTS (SELECT 1 FROM relations WHERE subject_id = entities.id OR object_id = entities.id)
                """, [name])
        }
    }

    /// Points the person mentions called `name` (in `region`, or anywhere when nil), and the
    /// relations of their articles that name that person, at entity `id`.
    static func move(_ name: String, region: String?, to id: Int64, in db: Database) throws {
        let inRegion = region == nil ? "" : """
             AND (SELECT IFNULL(i.region, '') FROM articles a INDEXED BY articles_issue_cover
                  JOIN issues i INDEXED BY issues_region_date_cover ON i.id = a.issue_id WHERE a.id = mentions.article_id) = ?
            """
        // Nothing to move (the usual case: one person, already keyed by name).
        // Two range probes (below and above `id`) on the (kind, name, entity_id) index, not a scan.
        var probe: StatementArguments = [name, id]
        if let region { probe += [region] }
        let below = try db.valueCached(Bool.self, "SELECT EXISTS (SELECT 1 FROM mentions WHERE kind = 'person' AND name = ? AND entity_id < ?" + inRegion + ")",
                                       probe) == true
        let above = try db.valueCached(Bool.self, "SELECT EXISTS (SELECT 1 FROM mentions WHERE kind = 'person' AND name = ? AND entity_id > ?" + inRegion + ")",
                                       probe) == true
        guard below || above else { return }
        var update: StatementArguments = [id, name, id, id]
        if let region { update += [region] }
        try db.runCached("UPDATE mentions SET entity_id = ? WHERE kind = 'person' AND name = ? AND (entity_id < ? OR entity_id > ?)" + inRegion,
                         update)
        for column in ["subject_id", "object_id"] {
            try db.runCached("""
                UPDATE relations SET \(column) = ?
                WHERE \(column) IN (SELECT id FROM entities WHERE kind = 'person' AND name = ?) AND \(column) <> ?
                  AND article_id IN (SELECT article_id FROM mentions WHERE kind = 'person' AND name = ? AND entity_id = ?)
                """, [id, name, id, name, id])
        }
    }

    static func entityId(kind: String, key: String, name: String, in db: Database) throws -> Int64 {
        if let id = try db.valueCached(Int64.self, "SELECT id FROM entities WHERE kind = ? AND key = ?", [kind, key]) { return id }
        try db.runCached("INSERT INTO entities (kind, name, key) VALUES (?, ?, ?)", [kind, name, key])
        return db.lastInsertedRowID
    }

    static func record(_ id: Int64, _ decision: String, _ reason: String, in db: Database) throws {
        try db.runCached("INSERT OR IGNORE INTO resolutions (entity_id, decision, reason) VALUES (?, ?, ?)", [id, decision, reason])
    }
}

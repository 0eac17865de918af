import GRDB
import NewsGraphModel

/// Decides, after every ingest, which person mentions are one person and what each entity is called.
///
/// Everything here is a function of all stored facts, never of the order they came in, so
/// ingesting issues one by one or all at once gives the same graph.
///
/// - Persons: mentions of one name are one person unless their posts disagree. The region that
///   votes is the jurisdiction of the person's post in each article (`person_votes`, from
///   `PersonJurisdiction`), not the province of the paper: `吉林省委书记` is 吉林 wherever it is
///   printed, national posts (`总书记`) never split anyone, and a person printed without a post
///   gives no vote. Two provinces whose posts overlap in time are two people (`name@province`
///   each); a post in one province and later in another is a career move and stays one person.
///   Votes from the paper's province alone (a post naming no place) are weak: they never split
///   a name that has posts naming their province.
/// - Canonical names are kept by `EntityWriter`: the longest name seen, ties by code point order.
/// Each decision is written to `resolutions` with its reason, for `newsgraph explain`.
enum EntityResolver {
    /// Re-decides the persons called `names` (sorted), reading each name's evidence through
    /// `evidence`, then dates meetings from their reports; returns the names whose mentions were
    /// moved to another person (their aliases are to be given again).
    static func resolve(_ names: [String], evidence: (String) throws -> PersonEvidence, in db: Database) throws -> [String] {
        let moved = try resolvePersons(names, evidence: evidence, in: db)
        try MeetingDates.complete(in: db)
        return moved
    }

    /// Writes the `PersonJurisdiction` votes of every article of `document`, stored with the row
    /// ids `articleIds` (in article order), with `insert` (`IngestStatements.insertVote`), and
    /// returns what each article says of each name.
    static func recordVotes(of document: Document, articleIds: [Int64], insert: Statement) throws -> [String: [PersonEvidence.Sighting]] {
        let date = document.issue.date.flatMap { $0.isComplete ? $0.iso : nil }
        var sightings: [String: [PersonEvidence.Sighting]] = [:]
        for (article, articleId) in zip(document.articles, articleIds) {
            var byName: [String: PersonEvidence.Sighting] = [:]
            for mention in article.mentions where mention.kind == .person {
                byName[mention.name] = PersonEvidence.Sighting(article: articleId, mentioned: true, paper: document.issue.region, votes: [])
            }
            for vote in article.jurisdictions {
                try insert.run([articleId, vote.name, vote.region, vote.evidence.rawValue, vote.post, date])
                var sighting = byName[vote.name] ?? PersonEvidence.Sighting(article: articleId, mentioned: false, paper: nil, votes: [])
                // The first vote of a region is the one stored (the key is article, name, region).
                if !sighting.votes.contains(where: { $0.region == vote.region }) {
                    sighting.votes.append(PersonEvidence.Vote(region: vote.region, evidence: vote.evidence, post: vote.post, date: date))
                }
                byName[vote.name] = sighting
            }
            for (name, sighting) in byName { sightings[name, default: []].append(sighting) }
        }
        return sightings
    }

    /// Re-decides every person called one of `names`: one entity, or one per province when
    /// posts in two provinces overlap in time. Returns the names whose mentions were moved.
    static func resolvePersons(_ names: [String], evidence: (String) throws -> PersonEvidence, in db: Database) throws -> [String] {
        var moved: [String] = []
        for name in names {
            let key = EntityKey.normalized(name)
            let family = familyRange(key)
            try db.runCached("""
                DELETE FROM resolutions WHERE entity_id IN (\(familyIds))
                """, [key, family.lower, family.upper])
            let evidence = try evidence(name)
            guard !evidence.articles.isEmpty else { continue }
            if let conflict = evidence.firstConflict() {
                try split(name, key: key, evidence: evidence, conflict: conflict, in: db)
                moved.append(name)
            } else {
                let id = try entityId(kind: "person", key: key, name: name, in: db)
                if try move(name, region: nil, to: id, in: db) { moved.append(name) }
                if let reason = evidence.mergeReason() { try record(id, "merged", reason, in: db) }
            }
        }
        for name in names {
            let key = EntityKey.normalized(name)
            let family = familyRange(key)
            try db.runCached("""
                DELETE FROM entities WHERE id IN (\(familyIds))
                  AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
                  AND NOT EXISTS (SELECT 1 FROM relations WHERE subject_id = entities.id OR object_id = entities.id)
                """, [key, family.lower, family.upper])
        }
        return moved
    }

    /// The ids of the person keyed `?1` and of those it was split into (keys from `?2` to `?3`,
    /// `familyRange`): two probes of the `(kind, key)` index. (Written as one `key = ? OR key
    /// BETWEEN …` SQLite read every person's key, once per name and batch.)
    static let familyIds = """
        SELECT id FROM entities WHERE kind = 'person' AND key = ? \
        UNION ALL SELECT id FROM entities WHERE kind = 'person' AND key >= ? AND key < ?
        """

    /// The keys of the persons a name was split into (`name@province`), as a half-open range
    /// that the `(kind, key)` index reads directly: `@` is U+0040 and `A` the scalar after it.
    static func familyRange(_ key: String) -> (lower: String, upper: String) {
        (key + "@", key + "A")
    }

    /// Gives each province of a conflicting name its own person (`name@province`) and points
    /// every article's mentions of `name` at the person its posts (or, failing those, its paper) place it with.
    static func split(_ name: String, key: String, evidence: PersonEvidence, conflict: (String, String), in db: Database) throws {
        let groups = evidence.splitRegions()
        let reason = "posts in \(evidence.describe(conflict.0)) and \(evidence.describe(conflict.1)) at the same time: kept apart by province"
        var ids: [String: Int64] = [:]
        for region in groups {
            let id = try entityId(kind: "person", key: key + "@" + region, name: name, in: db)
            ids[region] = id
            try record(id, "kept-apart", reason + "; this one: \(evidence.describe(region))", in: db)
        }
        let fallback = evidence.largest(of: groups)
        var byTarget: [Int64: [Int64]] = [:]
        for (article, place) in evidence.articles.sorted(by: { $0.key < $1.key }) {
            let region = [place.vote, place.paper].compactMap { $0 }.first { ids[$0] != nil } ?? fallback
            byTarget[ids[region]!, default: []].append(article)
        }
        let range = familyRange(key)
        let family = try Int64.fetchAll(db, sql: familyIds,
                                        arguments: [key, range.lower, range.upper])
        for (target, articles) in byTarget.sorted(by: { $0.key < $1.key }) {
            let others = family.filter { $0 != target }
            guard !others.isEmpty else { continue }
            for chunk in stride(from: 0, to: articles.count, by: 200).map({ Array(articles[$0..<min($0 + 200, articles.count)]) }) {
                let inArticles = "(" + chunk.map { _ in "?" }.joined(separator: ", ") + ")"
                let inOthers = "(" + others.map { _ in "?" }.joined(separator: ", ") + ")"
                try db.execute(sql: "UPDATE mentions SET entity_id = ? WHERE kind = 'person' AND name = ? AND article_id IN \(inArticles) AND entity_id IS NOT ?",
                               arguments: StatementArguments([target, name] as [any DatabaseValueConvertible]) + StatementArguments(chunk) + [target])
                for column in ["subject_id", "object_id"] {
                    try db.execute(sql: "UPDATE OR IGNORE relations SET \(column) = ? WHERE article_id IN \(inArticles) AND \(column) IN \(inOthers)",
                                   arguments: [target] + StatementArguments(chunk) + StatementArguments(others))
                }
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO aliases (entity_id, alias)
                SELECT DISTINCT entity_id, text FROM mentions WHERE kind = 'person' AND name = ? AND entity_id = ?
                UNION SELECT ?, ?
                """, arguments: [name, target, target, name])
        }
    }

    /// Points the person mentions called `name` (in `region`, or anywhere when nil), and the
    /// relations of their articles that name that person, at entity `id`; says whether any moved.
    @discardableResult
    static func move(_ name: String, region: String?, to id: Int64, in db: Database) throws -> Bool {
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
        guard below || above else { return false }
        var update: StatementArguments = [id, name, id, id]
        if let region { update += [region] }
        try db.runCached("UPDATE mentions SET entity_id = ? WHERE kind = 'person' AND name = ? AND (entity_id < ? OR entity_id > ?)" + inRegion,
                         update)
        let key = EntityKey.normalized(name)
        let range = familyRange(key)
        for column in ["subject_id", "object_id"] {
            try db.runCached("""
                UPDATE OR IGNORE relations SET \(column) = ?
                WHERE \(column) IN (SELECT id FROM entities WHERE kind = 'person' AND name = ? UNION \(familyIds)) AND \(column) <> ?
                  AND article_id IN (SELECT article_id FROM mentions WHERE kind = 'person' AND name = ? AND entity_id = ?)
                """, [id, name, key, range.lower, range.upper, id, name, id])
        }
        try db.runCached("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", [id, name])
        return true
    }

    static func entityId(kind: String, key: String, name: String, in db: Database) throws -> Int64 {
        if let id = try db.valueCached(Int64.self, "SELECT id FROM entities WHERE kind = ? AND key = ?", [kind, key]) { return id }
        try db.runCached("INSERT INTO entities (kind, name, key) VALUES (?, ?, ?)", [kind, EntityKey.normalized(name), key])
        return db.lastInsertedRowID
    }

    static func record(_ id: Int64, _ decision: String, _ reason: String, in db: Database) throws {
        try db.runCached("INSERT OR IGNORE INTO resolutions (entity_id, decision, reason) VALUES (?, ?, ?)", [id, decision, reason])
    }
}

import GRDB
import NewsGraphModel

extension GraphStore {
    /// Every entity called `name` (by name or alias), with why its mentions were merged or kept apart.
    ///
    /// Example: after ingesting a 吉林 and a 河南 page that both name 李伟 in the same month, `explain
    /// 李伟` shows two persons, `李伟@吉林` and `李伟@河南`, each kept apart "at the same time".
    public func explain(_ name: String) throws -> [EntityExplanation] {
        try reading("cannot explain \(name)") { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT e.id FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id
                WHERE e.name = ? OR a.alias = ? ORDER BY e.kind, e.key, e.id
                """, arguments: [name, name])
            return try ids.compactMap { id -> EntityExplanation? in
                guard let e = try Row.fetchOne(db, sql: "SELECT kind, name, key FROM entities WHERE id = ?", arguments: [id]),
                      let kind = EntityKind(rawValue: e["kind"]) else { return nil }
                let aliases = try String.fetchAll(db, sql: "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", arguments: [id])
                let sightings = try Row.fetchAll(db, sql: """
                    SELECT m.article_id, a.ordinal, i.content_hash, i.source_path, i.issue_date, i.region, m.text, m.rule
                    FROM mentions m JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
                    WHERE m.entity_id = ? ORDER BY i.issue_date, i.source_path, a.ordinal, m.start
                    """, arguments: [id]).map { row -> EntityExplanation.Sighting in
                    var sighting = EntityExplanation.Sighting(articleId: row["article_id"], source: row["source_path"],
                                                              issueDate: row["issue_date"], region: row["region"], text: row["text"],
                                                              rule: row["rule"])
                    sighting.articleKey = EntityKey.article(contentHash: row["content_hash"], ordinal: row["ordinal"])
                    return sighting
                }
                let decisions = try Row.fetchAll(db, sql: "SELECT decision, reason FROM resolutions WHERE entity_id = ? ORDER BY decision, reason",
                                                 arguments: [id]).map { "\($0["decision"] as String): \($0["reason"] as String)" }
                return EntityExplanation(id: id, kind: kind, name: e["name"], key: e["key"], aliases: aliases, sightings: sightings, decisions: decisions)
            }
        }
    }
}

import GRDB

/// What the store's writer remembers of entities between documents: ids by key, canonical
/// names, the aliases known to be stored, and the resolution evidence of person names.
///
/// It lives as long as the `GraphStore`, so that a run of many files looks each entity up once,
/// not once per file. It only ever says what the database already holds, so it is emptied
/// whenever that may no longer be true:
/// - a document's savepoint or a batch's transaction is rolled back (`clear`);
/// - another connection has committed since this one last wrote (`validate`, by `data_version`);
/// - a replaced document's issue is deleted and orphan entities are pruned (`clear`);
/// - entity resolution has re-decided persons, which may move mentions and delete person
///   entities whose ids SQLite may then reuse (`forgetPersons`).
///
/// Touched only inside `dbQueue.write`, which runs one closure at a time: that is what makes
/// the unchecked `Sendable` safe.
final class EntityCache: @unchecked Sendable {
    /// Entity ids by `kind U+001F key`.
    var ids: [String: Int64] = [:]
    /// Canonical names by entity id, as stored.
    var names: [Int64: String] = [:]
    /// Aliases known to be stored, by entity id.
    var aliases: [Int64: Set<String>] = [:]
    /// The evidence of each person name resolved in this run (`PersonEvidence`), given each
    /// batch's new articles instead of being read again: what keeps resolution from reading every
    /// article of a frequent name once per batch. Kept by `forgetPersons` (it names no entity).
    var evidence: [String: PersonEvidence] = [:]
    /// The ids in `ids` that are persons (forgotten after every resolution).
    private var persons: Set<Int64> = []
    /// `PRAGMA data_version` when this connection last wrote: another connection's commit changes it.
    private var dataVersion: Int?

    /// The number of entity ids remembered (for tests).
    var count: Int { ids.count }

    /// Remembers `id` for `cacheKey`.
    func remember(_ id: Int64, for cacheKey: String, person: Bool) {
        ids[cacheKey] = id
        if person { persons.insert(id) }
    }

    /// Forgets everything.
    func clear() {
        ids.removeAll()
        names.removeAll()
        aliases.removeAll()
        evidence.removeAll()
        persons.removeAll()
    }

    /// Forgets every person and its aliases (entity resolution may have moved or deleted them).
    func forgetPersons() {
        guard !persons.isEmpty else { return }
        ids = ids.filter { !persons.contains($0.value) }
        for id in persons {
            names[id] = nil
            aliases[id] = nil
        }
        persons.removeAll()
    }

    /// Empties the cache if another connection has written since this one did; called at the
    /// start of every write transaction.
    func validate(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion { clear() }
        dataVersion = version
    }
}

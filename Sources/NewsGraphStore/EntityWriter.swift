import GRDB
import NewsGraphModel

/// Upserts entities and their aliases while documents are written, remembering what it wrote in
/// the store's run-wide `EntityCache`.
///
/// An entity is found by `(kind, key)`; a new one takes the name it was first seen under.
/// Meeting facts (date, place, series) fill fields that are still empty and never overwrite.
/// One writer serves one document (its region and full names); the cache outlives it.
struct EntityWriter {
    let cache: EntityCache
    let statements: IngestStatements
    /// The province of the document being written (keys of province-relative names).
    var region: String?
    /// Full names of abbreviations (from the document): the key of `省人社厅` is that of its full name.
    var fullNames: [String: String] = [:]

    init(cache: EntityCache, statements: IngestStatements) {
        self.cache = cache
        self.statements = statements
    }

    /// The id of the entity `ref` (with `date` for meetings), inserting it if it is new.
    func upsert(_ ref: EntityRef, date: SimpleDate? = nil, place: String? = nil,
                series: String? = nil, in db: Database) throws -> Int64 {
        let keyed = ref.kind == .organization ? EntityRef(.organization, fullNames[ref.name] ?? ref.name) : ref
        var key = EntityKey.key(for: keyed, date: date, region: region)
        // A name the resolver has already split by province goes straight to this province's person.
        if ref.kind == .person, let region, !region.isEmpty {
            let regional = key + "@" + region
            if cache.ids[ref.kind.rawValue + "\u{1F}" + regional] != nil {
                key = regional
            } else if !cache.unsplit.contains(regional) {
                if try Int64.fetchOne(statements.personId, arguments: [regional]) != nil {
                    key = regional
                } else {
                    cache.unsplit.insert(regional)
                }
            }
        }
        let cacheKey = ref.kind.rawValue + "\u{1F}" + key
        let candidate = EntityKey.normalized(ref.name)
        if let id = cache.ids[cacheKey], date == nil, place == nil, series == nil {
            if let current = cache.names[id], Self.better(candidate, than: current) {
                try statements.renameEntity.run([candidate, id])
                cache.names[id] = candidate
            }
            return id
        }
        let id: Int64
        if var existing = try EntityRecord.fetchOne(statements.entityByKey, arguments: [ref.kind.rawValue, key]),
           let existingId = existing.id {
            let before = existing
            // The canonical name is the longest one seen (ties: the smaller in code point order),
            // a choice that does not depend on the order documents arrive in.
            if Self.better(candidate, than: existing.name) { existing.name = candidate }
            if existing.date == nil { existing.date = date?.iso }
            if existing.place == nil { existing.place = place }
            if existing.series == nil { existing.series = series }
            if existing != before { try existing.update(db) }
            id = existingId
            cache.names[id] = existing.name
        } else {
            let name = EntityKey.normalized(ref.name)
            var record = EntityRecord(id: nil, kind: ref.kind.rawValue, name: name.isEmpty ? ref.name : name,
                                      key: key, date: date?.iso, place: place, series: series, detail: nil)
            try record.insert(db)
            id = record.id ?? db.lastInsertedRowID
            cache.names[id] = record.name
        }
        cache.remember(id, for: cacheKey, person: ref.kind == .person)
        return id
    }

    /// Whether `a` is the better canonical name: longer, or as long and smaller.
    static func better(_ a: String, than b: String) -> Bool {
        let la = a.unicodeScalars.count, lb = b.unicodeScalars.count
        return la != lb ? la > lb : a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// Records `alias` for the entity `id` unless it is empty or already known.
    func addAlias(_ alias: String, to id: Int64, in db: Database) throws {
        let alias = alias.trimmingSpaces()
        guard !alias.isEmpty else { return }
        guard cache.aliases[id]?.contains(alias) != true else { return }
        // UNIQUE (entity_id, alias) keeps one row; a known alias is left as it is.
        try statements.insertAlias.run([id, alias])
        cache.aliases[id, default: []].insert(alias)
    }
}

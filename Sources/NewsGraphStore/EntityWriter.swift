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
    ///
    /// `keyDate` (default `date`) is the date the key is computed with: a meeting is keyed by the
    /// date its article gives even when that article does not date it.
    func upsert(_ ref: EntityRef, date: SimpleDate? = nil, keyDate: SimpleDate? = nil, place: String? = nil,
                series: String? = nil, in db: Database) throws -> Int64 {
        let keyed = ref.kind == .organization ? EntityRef(.organization, fullNames[ref.name] ?? ref.name) : ref
        // Persons are written under their name; `EntityResolver` then points them at the person
        // their posts decide (a name split by province).
        let key = EntityKey.key(for: keyed, date: keyDate ?? date, region: region)
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

    /// The id of the meeting entity of `meeting`, keyed within its jurisdiction (the paper's
    /// province when its name gives none).
    ///
    /// Only the report of the meeting itself (`isMain`) dates and places it; of two such reports
    /// the earlier full date (and the smaller place) wins, whatever order they arrive in, and a
    /// date without a year (an undated issue's `6月19日`) only stands until a full one comes
    /// (`MeetingDates` gives it a year). A meeting an article only names gets no date from it.
    func upsert(_ meeting: Meeting, in db: Database) throws -> Int64 {
        var writer = self
        if let jurisdiction = meeting.jurisdiction { writer.region = jurisdiction }
        let place = meeting.isMain ? meeting.place : nil
        let id = try writer.upsert(meeting.ref, keyDate: meeting.date, place: place, series: meeting.series, in: db)
        if meeting.isMain, let date = meeting.date {
            if date.isComplete {
                try db.runCached("UPDATE entities SET date = ? WHERE id = ? AND (date IS NULL OR length(date) = 5 OR date > ?)",
                                 [date.iso, id, date.iso])
            } else {
                try db.runCached("UPDATE entities SET date = ? WHERE id = ? AND date IS NULL", [date.iso, id])
            }
        }
        if let place {
            try db.runCached("UPDATE entities SET place = ? WHERE id = ? AND place IS NOT NULL AND place > ?", [place, id, place])
        }
        if let series = meeting.series {
            try db.runCached("UPDATE entities SET series = ? WHERE id = ? AND series IS NOT NULL AND series > ?", [series, id, series])
        }
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

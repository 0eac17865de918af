import GRDB
import NewsGraphModel

extension GraphStore {
    /// What the graph says about the person `personId`; nil when there is no such person.
    ///
    /// Posts come from `holds_post` relations (grouped by post and the organisation printed
    /// with it), organisations from `affiliated_with`, meetings from the meeting roles, and
    /// co-attendees are the other persons with a role at any of those meetings. See
    /// `PersonRecord` for the orders.
    public func personRecord(id personId: Int64) throws -> PersonRecord? {
        try reading("cannot read person \(personId)") { db in
            guard let person = try Self.entityRow(id: personId, in: db), person.kind == .person else { return nil }
            let (posts, organizations) = try Self.tenures(of: personId, in: db)
            let meetings = try Self.meetings(ofParticipant: personId, in: db)
            var record = PersonRecord(entityId: personId, name: person.name, aliases: person.aliases.filter { $0 != person.name },
                                      posts: posts, organizations: organizations, meetings: meetings,
                                      coAttendees: try Self.coAttendees(of: personId, at: meetings, in: db))
            record.key = EntityKey.qualified(kind: EntityKind.person.rawValue, key: person.key)
            return record
        }
    }

    /// The posts (`holds_post`) and organisations (`affiliated_with`) of `subject`, each with first
    /// and last date seen; the same post printed with different organisations (the relation's
    /// detail) is kept apart.
    ///
    /// Both kinds come from one read of the subject's relations, their own columns only; the objects'
    /// names and the articles are read once each after (`articlePlaces`), not joined to every row.
    static func tenures(of subject: Int64, in db: Database) throws -> (posts: [PersonRecord.Tenure],
                                                                          organizations: [PersonRecord.Tenure]) {
        /// One relation from the subject, with what orders it.
        struct Held {
            var isPost: Bool
            var object: Int64
            var detail: String?
            var rule: String
            var date: String?
            var article: Int64
            var start: Int64
            var ordinal: Int64?
            var id: Int64
        }
        var found: [Held] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.kind = ?, r.object_id, r.detail, r.rule, r.date, r.article_id, r.start, r.ordinal, r.id
            FROM relations r WHERE r.subject_id = ? AND r.kind IN (?, ?)
            """, arguments: [RelationKind.holdsPost.rawValue, subject, RelationKind.holdsPost.rawValue, RelationKind.affiliatedWith.rawValue])
        while let row = try rows.next() {
            found.append(Held(isPost: row[0], object: row[1], detail: row[2], rule: row[3], date: row[4], article: row[5],
                              start: row[6], ordinal: row[7], id: row[8]))
        }
        var names: [Int64: String] = [:]
        let objects = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name FROM json_each(?) x CROSS JOIN entities e ON e.id = x.value
            """, arguments: ["[" + Set(found.map(\.object)).sorted().map(String.init).joined(separator: ",") + "]"])
        while let row = try objects.next() { names[row[0]] = row[1] }
        // In store order: issue (undated last), article, place in it, print order.
        let places = try articlePlaces(of: Set(found.map(\.article)), undatedFirst: false, in: db)
        let placed = found.compactMap { held -> (place: ArticlePlace, name: String, held: Held)? in
            guard let place = places[held.article], let name = names[held.object] else { return nil }
            return (place, name, held)
        }.sorted { a, b in
            if a.place.rank != b.place.rank { return a.place.rank < b.place.rank }
            if a.held.start != b.held.start { return a.held.start < b.held.start }
            switch (a.held.ordinal, b.held.ordinal) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.held.id < b.held.id
            }
        }
        // Each article's key made once, not once per relation printed in it.
        var keyOfArticle: [Int64: String] = [:]
        func articleKey(_ article: Int64, _ place: ArticlePlace) -> String {
            if let key = keyOfArticle[article] { return key }
            let key = EntityKey.article(contentHash: place.contentHash, ordinal: place.ordinal)
            keyOfArticle[article] = key
            return key
        }
        func tenures(posts: Bool) -> [PersonRecord.Tenure] {
            // Grouped by (name, organisation) in the order first seen: each group is updated in place in
            // `grouped`, its articles kept unique through sets (a relation of a busy post used to copy its
            // whole group and search its article lists).
            var grouped: [PersonRecord.Tenure] = []
            var articleIds: [Set<Int64>] = []
            var articleKeys: [Set<String>] = []
            var indexOfKey: [String: Int] = [:]
            for (place, name, held) in placed where held.isPost == posts {
                let organization = posts ? held.detail : nil
                let key = name + "\u{1F}" + (organization ?? "")
                let date = held.date ?? place.issueDate
                let articleKey = articleKey(held.article, place)
                guard let index = indexOfKey[key] else {
                    indexOfKey[key] = grouped.count
                    var first = PersonRecord.Tenure(name: name, organization: organization, firstSeen: date, lastSeen: date,
                                                    articleIds: [held.article])
                    first.articleKeys = [articleKey]
                    noteChange(rule: held.rule, date: date, in: &first)
                    grouped.append(first)
                    articleIds.append([held.article])
                    articleKeys.append([articleKey])
                    continue
                }
                if let date {
                    if grouped[index].firstSeen.map({ date < $0 }) ?? true { grouped[index].firstSeen = date }
                    if grouped[index].lastSeen.map({ date > $0 }) ?? true { grouped[index].lastSeen = date }
                }
                noteChange(rule: held.rule, date: date, in: &grouped[index])
                if articleIds[index].insert(held.article).inserted { grouped[index].articleIds.append(held.article) }
                if articleKeys[index].insert(articleKey).inserted { grouped[index].articleKeys.append(articleKey) }
            }
            return grouped.sorted { a, b in
                if let order = dateOrder(a.firstSeen, b.firstSeen) { return order }
                if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
                return (a.organization ?? "").unicodeScalars.lexicographicallyPrecedes((b.organization ?? "").unicodeScalars)
            }
        }
        return (tenures(posts: true), tenures(posts: false))
    }

    /// Records when a post began or ended, for relations made by `PostChangeExtractor` (`rule`).
    static func noteChange(rule: String, date: String?, in tenure: inout PersonRecord.Tenure) {
        guard let date else { return }
        if rule == "post.appointed", tenure.began.map({ date < $0 }) ?? true { tenure.began = date }
        if rule == "post.ended", tenure.ended.map({ date > $0 }) ?? true { tenure.ended = date }
    }

    /// The other persons with a role at `meetings`, most shared meetings first, then in the order
    /// first seen (the oldest meeting first, its people in text and print order).
    static func coAttendees(of personId: Int64, at meetings: [PersonMeeting], in db: Database) throws -> [PersonRecord.CoAttendee] {
        let (placeholders, roles) = meetingRolePlaceholders
        // Every meeting's roles in one read: the meetings' ids are bound as one JSON array, and the
        // read starts from them (CROSS JOIN), each meeting's roles found through `relations_by_object_cover` (033),
        // rather than from every role relation of the graph. Only the relations' own columns are read:
        // the few persons and articles they name are read once each after, not joined to every row.
        let ids = "[" + meetings.map(\.meetingId).sorted().map(String.init).joined(separator: ",") + "]"
        /// One role at a meeting, with what orders it.
        struct Role {
            var meeting: Int64
            var subject: Int64
            var article: Int64
            var start: Int64
            var ordinal: Int64?
            var id: Int64
        }
        var found: [Role] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.object_id, r.subject_id, r.article_id, r.start, r.ordinal, r.id
            FROM json_each(?) m CROSS JOIN relations r ON r.object_id = m.value
            WHERE r.subject_id <> ? AND r.kind IN (\(placeholders))
            """, arguments: [ids, personId] + StatementArguments(roles))
        while let row = try rows.next() {
            found.append(Role(meeting: row[0], subject: row[1], article: row[2], start: row[3], ordinal: row[4], id: row[5]))
        }
        /// One person with a role at a meeting.
        struct Seen {
            var id: Int64
            var name: String
            var key: String
        }
        var persons: [Int64: Seen] = [:]
        let people = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.key FROM json_each(?) x CROSS JOIN entities e ON e.id = x.value WHERE e.kind = ?
            """, arguments: ["[" + Set(found.map(\.subject)).sorted().map(String.init).joined(separator: ",") + "]", EntityKind.person.rawValue])
        while let row = try people.next() { persons[row[0]] = Seen(id: row[0], name: row[1], key: row[2]) }
        // In store order: issue (undated first, as SQLite sorts NULL), article, place in it, print order.
        let places = try articlePlaces(of: Set(found.map(\.article)), undatedFirst: true, in: db)
        let placed = found.compactMap { role in
            places[role.article].map { (rank: $0.rank, role: role) }
        }.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.role.start != b.role.start { return a.role.start < b.role.start }
            switch (a.role.ordinal, b.role.ordinal) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.role.id < b.role.id
            }
        }
        var rowsOfMeeting: [Int64: [Seen]] = [:]
        for (_, role) in placed {
            guard let seen = persons[role.subject] else { continue }
            rowsOfMeeting[role.meeting, default: []].append(seen)
        }
        var order: [Int64] = []
        var byId: [Int64: PersonRecord.CoAttendee] = [:]
        for meeting in meetings {
            for seen in rowsOfMeeting[meeting.meetingId] ?? [] {
                let id = seen.id
                if byId[id] == nil {
                    order.append(id)
                    var attendee = PersonRecord.CoAttendee(entityId: id, name: seen.name, meetings: [])
                    attendee.key = EntityKey.qualified(kind: EntityKind.person.rawValue, key: seen.key)
                    byId[id] = attendee
                }
                if byId[id]?.meetings.last != meeting.meeting { byId[id]?.meetings.append(meeting.meeting) }
            }
        }
        // Stable: equal counts keep the order first seen (oldest meeting, print order).
        let seen = order.compactMap { byId[$0] }
        return seen.indices.sorted { i, j in
            seen[i].count != seen[j].count ? seen[i].count > seen[j].count : i < j
        }.map { seen[$0] }
    }
}

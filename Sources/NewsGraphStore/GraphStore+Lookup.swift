import GRDB
import NewsGraphModel

extension GraphStore {
    /// The entity of `kind` whose key is `key` (`张三@吉林`, `national:congress:13.5`), or nil.
    public func entity(_ kind: EntityKind, key: String) throws -> EntityRow? {
        try reading("cannot look up the \(kind.rawValue) \(key)") { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE kind = ? AND key = ?",
                                              arguments: [kind.rawValue, key]) else { return nil }
            return try Self.entityRow(id: id, in: db)
        }
    }

    /// Every person called `name`: by name, alias or key, and the persons a name split by
    /// province became (`张三@吉林`, `张三@河南`); in key order.
    public func persons(named name: String) throws -> [EntityRow] {
        let normalized = EntityKey.normalized(name)
        guard !normalized.isEmpty else { return [] }
        return try reading("cannot look up the person \(name)") { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT e.id FROM entities e LEFT JOIN aliases x ON x.entity_id = e.id
                WHERE e.kind = 'person' AND (e.key = ?1 OR e.name = ?1 OR x.alias = ?1 OR substr(e.key, 1, ?2) = ?3)
                ORDER BY e.key
                """, arguments: [normalized, normalized.unicodeScalars.count + 1, normalized + "@"])
            return try ids.compactMap { try Self.entityRow(id: $0, in: db) }
        }
    }

    /// The persons whose name contains `part` (`胡玉` → `胡玉亭`), most mentioned first, then in
    /// key order; at most `limit`.
    public func persons(containing part: String, limit: Int = 20) throws -> [EntityRow] {
        let normalized = EntityKey.normalized(part)
        guard !normalized.isEmpty, limit > 0 else { return [] }
        return try reading("cannot look for persons like \(part)") { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT e.id FROM entities e
                WHERE e.kind = 'person' AND instr(e.name, ?) > 0
                ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.key LIMIT ?
                """, arguments: [normalized, limit])
            return try ids.compactMap { try Self.entityRow(id: $0, in: db) }
        }
    }
}

extension GraphStore {
    /// The meeting whose key is `key`, with who took part; nil when there is none.
    public func meetingAttendance(key: String) throws -> MeetingAttendance? {
        try reading("cannot read the meeting \(key)") { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE kind = 'meeting' AND key = ?",
                                              arguments: [key]) else { return nil }
            return try Self.attendance(meetingId: id, in: db)
        }
    }
}

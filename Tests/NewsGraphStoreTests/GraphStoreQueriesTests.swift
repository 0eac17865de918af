import Foundation
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite struct GraphStoreQueriesTests {
    /// Posts `乙` (alias 甲), `甲` (alias 甲2) and `丙` (no alias), in that order of ids.
    static func withPosts(_ body: (GraphStore, [Int64]) throws -> Void) throws {
        try Fixtures.withStore { store, _ in
            let ids = try store.dbQueue.write { db -> [Int64] in
                var ids: [Int64] = []
                for (name, key) in [("乙", "k1"), ("甲", "k2"), ("丙", "k3")] {
                    try db.execute(sql: "INSERT INTO entities (kind, name, key) VALUES ('post', ?, ?)", arguments: [name, key])
                    ids.append(db.lastInsertedRowID)
                }
                try db.execute(sql: "INSERT INTO aliases (entity_id, alias) VALUES (?, '甲'), (?, '甲2')", arguments: [ids[0], ids[1]])
                return ids
            }
            try body(store, ids)
        }
    }

    /// Many names in one read find what each finds alone; names found nothing for are left out.
    @Test func entityIdsAreEachNamesId() throws {
        try Self.withPosts { store, ids in
            let names = ["k2", "甲", "甲2", "丙", "乙", "  ", "无"]
            let found = try store.entityIds(.post, named: names)
            #expect(found == ["k2": ids[1], "甲": ids[0], "甲2": ids[1], "乙": ids[0]])
            for name in names { #expect(try found[name] == store.entityId(.post, named: name)) }
            let none = try store.entityIds(.person, named: names)
            #expect(none.isEmpty)
        }
    }

    /// By key first; else the lowest id among the entities with an alias that have the name as an alias
    /// or as their name; an entity without any alias is not found by its name.
    @Test func entityIdByKeyThenAliasOrName() throws {
        try Self.withPosts { store, ids in
            #expect(try store.entityId(.post, named: "k2") == ids[1])
            #expect(try store.entityId(.post, named: "甲") == ids[0])
            #expect(try store.entityId(.post, named: "甲2") == ids[1])
            #expect(try store.entityId(.post, named: "丙") == nil)
            #expect(try store.entityId(.person, named: "甲") == nil)
            #expect(try store.entityId(.post, named: "  ") == nil)
            for name in ["k2", "甲", "甲2", "丙", "乙"] {
                let id = try store.entityId(.post, named: name)
                let row = try store.entity(.post, named: name)
                #expect(id == row?.id, "\(name)")
            }
        }
    }
}

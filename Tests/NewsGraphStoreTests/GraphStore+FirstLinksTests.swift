import Foundation
import NewsGraphModel
import NewsGraphPipeline
@testable import NewsGraphStore
import Testing

@Suite struct GraphStoreFirstLinksTests {
    /// A page through the standard pipeline, as of an issue date.
    func analysed(_ text: String, path: String, date: String) throws -> Document {
        var document = Document(path: path, contentHash: path, raw: ScalarText(text), encoding: "UTF-8",
                                issue: IssueInfo(paper: "jilin-daily", date: SimpleDate(iso: date), dateSource: .flag))
        try Pipeline.standard().run(&document)
        return document
    }

    /// The first link `links` gives for each (subject, object, kind), in its order.
    func firstOfEachPair(_ links: [LinkRow]) -> [LinkRow] {
        var seen: Set<String> = []
        return links.filter { seen.insert("\($0.subject.id) \($0.object.id) \($0.kind.rawValue)").inserted }
    }

    /// The pairs are ranked from each article's issue date: the same links, in the same order, as the
    /// first of each pair that `links` lists, with and without filters, for pairs seen in several issues.
    @Test func firstLinksAreTheFirstOfEachPair() throws {
        try Fixtures.withStore { store, _ in
            let pages = [
                ("2022-06-17", "本报讯 6月16日，省长韩俊主持召开省政府常务会议，副省长蔡东、王子联出席会议。省长韩俊强调，要稳住经济大盘。"),
                ("2022-06-18", "本报讯 6月17日，韩俊主持召开省政府常务会议，蔡东出席会议。"),
                ("2022-05-08", "本报5月7日讯 省长韩俊主持召开专题会议，要求加快实施“千亿斤粮食”工程。"),
            ]
            for (date, text) in pages {
                _ = try store.ingest(try analysed(text, path: "jilin-daily/\(date)/01.txt", date: date))
            }
            let all = try store.links()
            #expect(!all.isEmpty)
            #expect(try store.firstLinks() == firstOfEachPair(all))
            #expect(try store.firstLinks(entityKinds: [.person, .meeting]) == firstOfEachPair(try store.links(entityKinds: [.person, .meeting])))
            #expect(try store.firstLinks(from: "2022-06-01") == firstOfEachPair(try store.links(from: "2022-06-01")))
            #expect(try store.firstLinks(relationKinds: [.presided, .attended]) == firstOfEachPair(try store.links(relationKinds: [.presided, .attended])))
            // Without details (a drawing): the same links, none carrying a detail or an evidence start.
            let bare = try store.firstLinks(details: false)
            #expect(bare.map(\.relationId) == firstOfEachPair(all).map(\.relationId))
            #expect(bare.allSatisfy { $0.detail == nil && $0.evidenceStart == 0 })
            #expect(try store.firstLinks().contains { $0.evidenceStart > 0 })
        }
    }

    /// A made-up graph written straight into the tables, with what ranks relations within a pair
    /// (ordinals tied, missing and mixed; own dates full, `MM-DD` and missing; issues without a date)
    /// and names that order differently byte for byte than as Swift compares strings (a decomposed
    /// `é`): the pairs are ranked and ordered in Swift as `links` ranks and orders them in SQL.
    @Test func madeUpRelationsRankAsInSQL() throws {
        try Fixtures.withStore { store, _ in
            try store.dbQueue.write { db in
                for (id, date) in [(1, "2022-06-17"), (2, "2022-06-16"), (3, nil)] as [(Int, String?)] {
                    try db.execute(sql: """
                        INSERT INTO issues (id, source_path, content_hash, issue_date, encoding, raw_text, clean_text)
                        VALUES (?, ?, ?, ?, 'UTF-8', '', '')
                        """, arguments: [id, "p/\(id)", "h\(id)", date])
                    try db.execute(sql: """
                        INSERT INTO articles (id, issue_id, ordinal, text, display_text, body_length, page_start, page_end)
                        VALUES (?, ?, 0, '', '', 0, 0, 0)
                        """, arguments: [id, id])
                }
                let entities: [(Int, String, String)] = [
                    (1, "person", "Café"), (2, "person", "Cafe\u{301}"), (3, "person", "韩俊"), (4, "meeting", "常务会议"),
                    (5, "meeting", "常务会议"), (6, "post", "省长"), (7, "organization", "省政府"), (8, "person", "Cafe"),
                ]
                for (id, kind, name) in entities {
                    try db.execute(sql: "INSERT INTO entities (id, kind, name, key) VALUES (?, ?, ?, ?)",
                                   arguments: [id, kind, name, "k\(id)"])
                }
                // (id, kind, subject, object, article, ordinal, date)
                let relations: [(Int, String, Int?, Int, Int, Int?, String?)] = [
                    (1, "attended", 1, 4, 1, 3, nil), (2, "attended", 1, 4, 2, 3, nil), (3, "attended", 1, 4, 3, 5, nil),
                    (4, "attended", 2, 4, 1, nil, nil), (5, "attended", 2, 4, 2, 7, "06-15"), (6, "attended", 2, 4, 3, nil, nil),
                    (7, "presided", 3, 4, 1, nil, "2022-06-10"), (8, "presided", 3, 4, 3, nil, nil), (9, "presided", 3, 4, 2, nil, "06-01"),
                    (10, "holds_post", 3, 6, 2, nil, nil), (11, "holds_post", 3, 6, 1, nil, "2022-06-16"),
                    (12, "affiliated_with", 3, 7, 1, nil, nil), (13, "attended", 3, 5, 1, 0, nil), (14, "spoke", 3, 5, 1, nil, nil),
                    (15, "attended", 8, 5, 3, 1, "2021-01-01"), (16, "attended", 8, 5, 2, 1, nil), (17, "mentions", nil, 6, 1, nil, nil),
                    (18, "attended", 2, 5, 1, 0, nil), (19, "attended", 1, 5, 2, 0, nil),
                ]
                for (id, kind, subject, object, article, ordinal, date) in relations {
                    try db.execute(sql: """
                        INSERT INTO relations (id, kind, subject_id, object_id, article_id, start, "end", rule, ordinal, date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)
                        """, arguments: [id, kind, subject, object, article, id, id + 1, ordinal, date])
                }
            }
            let all = try store.links()
            #expect(all.count == 18)
            #expect(try store.firstLinks() == firstOfEachPair(all))
            #expect(try store.firstLinks().map(\.relationId) == [15, 5, 18, 2, 19, 8, 13, 14, 12, 10])
            for kinds in [[.person, .meeting], [.person, .post], [.organization]] as [Set<EntityKind>] {
                #expect(try store.firstLinks(entityKinds: kinds) == firstOfEachPair(try store.links(entityKinds: kinds)))
            }
            for (from, to) in [("2022-06-16", nil), (nil, "2022-06-16"), ("2022-06-11", "2022-06-17")] as [(String?, String?)] {
                #expect(try store.firstLinks(from: from, to: to) == firstOfEachPair(try store.links(from: from, to: to)))
            }
            #expect(try store.firstLinks(relationKinds: [.attended]) == firstOfEachPair(try store.links(relationKinds: [.attended])))
            #expect(try store.firstLinks(touching: [5, 6]) == firstOfEachPair(try store.links(touching: [5, 6])))
            #expect(try store.firstLinks(touching: []).isEmpty)
        }
    }
}

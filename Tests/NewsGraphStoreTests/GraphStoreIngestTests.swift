import Foundation
import GRDB
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite("GraphStore.ingest")
struct GraphStoreIngestTests {
    @Test("a new document is inserted with its articles, sentences, entities, mentions and relations")
    func inserts() throws {
        try Fixtures.withStore { store, _ in
            let outcome = try store.ingest(Fixtures.meetingDocument())
            #expect(outcome == .inserted(articles: 1, mentions: Fixtures.meetingMentions,
                                         relations: Fixtures.meetingRelations))
            let stats = try store.stats()
            #expect(stats.issues == 1)
            #expect(stats.articles == 1)
            #expect(stats.sentences == 3)
            #expect(stats.mentions == Fixtures.meetingMentions)
            #expect(stats.relations == Fixtures.meetingRelations)
            // 韩俊 刘伟 王宁 张三, 省长 副省长, the meeting (the anaphor 会议 resolves to it).
            #expect(stats.entitiesByKind[.person] == 4)
            #expect(stats.entitiesByKind[.post] == 2)
            #expect(stats.entitiesByKind[.meeting] == 1)
            #expect(stats.entitiesByKind[.place] == 0)
            #expect(stats.relationsByKind[.attended] == 2)
            // Every relation is counted under its kind, each kind once.
            #expect(stats.relationsByKind.values.reduce(0, +) == stats.relations)
            #expect(stats.relationsByKind.count == RelationKind.allCases.count)

            let article = try #require(try store.articles().first)
            #expect(article.sourcePath == "吉林日报/2022-06-17/01.txt")
            #expect(article.paper == "吉林日报")
            #expect(article.issueDate == "2022-06-17")
            #expect(article.page == 1)
            #expect(article.datelineDate == "2022-06-16")
            #expect(article.reporters == ["张三"])
            #expect(article.text == Fixtures.meetingReport)
            #expect(try store.article(id: article.id) == article)
            #expect(try store.article(id: article.id + 100) == nil)
        }
    }

    @Test("raw offsets, JSON columns and the date mention are stored")
    func storedColumns() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let article = try store.readOnlyQuery(sql: """
                SELECT raw_start, raw_end, page_start, subheads, reporters FROM articles
                """).rows
            let headlineLength = "省政府召开常务会议".unicodeScalars.count + 1
            let end = headlineLength + Fixtures.meetingReport.unicodeScalars.count
            #expect(article == [["\(headlineLength)", "\(end)", "\(headlineLength)", "[\"稳字当头\"]", "[\"张三\"]"]])
            let dates = try store.readOnlyQuery(sql: "SELECT entity_id, value FROM mentions WHERE kind = 'date'").rows
            #expect(dates == [[nil, "2022-06-16"]])
            let nullSubject = try store.readOnlyQuery(sql: """
                SELECT count(*) FROM relations WHERE subject_id IS NULL AND kind = 'reported_by'
                """).rows
            #expect(nullSubject == [["1"]])
        }
    }

    @Test("the same path and hash again is unchanged and writes nothing")
    func unchanged() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let before = try store.stats()
            let ids = try store.articles().map(\.id)
            #expect(try store.ingest(Fixtures.meetingDocument()) == .unchanged)
            #expect(try store.stats() == before)
            #expect(try store.articles().map(\.id) == ids)
        }
    }

    @Test("the same path with another hash replaces the document and prunes its orphan entities")
    func replaces() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            #expect(try store.ingest(Fixtures.meetingDocument(path: "other.txt", hash: "other")) != .unchanged)
            let changed = Fixtures.meetingDocument(hash: "hash-2", body: "全省防汛工作会议在长春召开。")
            #expect(try store.ingest(changed) == .replaced(articles: 1, mentions: 0, relations: 0))
            let stats = try store.stats()
            #expect(stats.issues == 2)
            #expect(stats.articles == 2)
            #expect(stats.mentions == Fixtures.meetingMentions)
            let texts = try store.articles().map(\.text).sorted()
            #expect(texts == [Fixtures.meetingReport, "全省防汛工作会议在长春召开。"].sorted())
            // The entities are still used by other.txt, so none was pruned.
            #expect(stats.entities == 7)

            _ = try store.ingest(Fixtures.meetingDocument(path: "other.txt", hash: "other-2", body: "无。"))
            let after = try store.stats()
            #expect(after.entities == 0)
            #expect(after.aliases == 0)
            #expect(after.sentences == 2)
        }
    }

    @Test("the same content under another path is a duplicate of the first and is stored once")
    func duplicateContent() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument(path: "b/01.txt"))
            let before = try store.stats()
            #expect(try store.knownOutcome(path: "a/01.txt", contentHash: "hash-1") == .duplicate(of: "b/01.txt"))
            #expect(try store.knownOutcome(path: "b/01.txt", contentHash: "hash-1") == .unchanged)
            #expect(try store.knownOutcome(path: "c/01.txt", contentHash: "hash-9") == nil)
            #expect(try store.ingest(Fixtures.meetingDocument(path: "a/01.txt")) == .duplicate(of: "b/01.txt"))
            #expect(try store.stats() == before)
            #expect(try store.articles().map(\.sourcePath) == ["b/01.txt"])
        }
    }

    @Test("a path whose new content is already stored elsewhere loses its old version and stores nothing new")
    func pathChangedToDuplicateContent() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument(path: "a.txt"))
            _ = try store.ingest(Fixtures.meetingDocument(path: "b.txt", hash: "hash-2", body: "全省防汛工作会议在长春召开。"))
            #expect(try store.knownOutcome(path: "b.txt", contentHash: "hash-1") == nil, "b.txt holds other content")
            #expect(try store.ingest(Fixtures.meetingDocument(path: "b.txt")) == .duplicate(of: "a.txt"))
            #expect(try store.articles().map(\.sourcePath) == ["a.txt"])
            #expect(try store.stats().issues == 1)
        }
    }

    @Test("a relation whose evidence breaks a CHECK rolls the whole document back")
    func rollsBackOnCheck() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument(path: "first.txt"))
            let before = try store.stats()
            var bad = Fixtures.meetingDocument(path: "second.txt", hash: "hash-2")
            var evidence = Span(3, 3)
            evidence.start = 5 // start after end: only the schema's CHECK stands in the way
            bad.articles[0].relations.append(
                Relation(kind: .mentions, subject: nil, object: EntityRef(.place, "长春"), evidence: evidence,
                         rule: "test.bad"))
            let error = #expect(throws: NewsGraphError.self) { try store.ingest(bad) }
            #expect(error?.kind == .database)
            #expect(error?.file == "second.txt")
            #expect(error?.article == 0)
            #expect(error?.span == evidence)
            #expect(try store.stats() == before)
            #expect(try store.articles().map(\.sourcePath) == ["first.txt"])
            #expect(try store.entities(kind: .place).isEmpty)
        }
    }

    @Test("evidence past the end of the article text is refused before it is inserted")
    func rollsBackOnTrigger() throws {
        try Fixtures.withStore { store, _ in
            var bad = Fixtures.meetingDocument()
            let length = bad.articles[0].text.count
            bad.articles[0].relations.append(
                Relation(kind: .mentions, subject: nil, object: EntityRef(.place, "长春"),
                         evidence: Span(length, length + 4), rule: "test.bad"))
            let error = #expect(throws: NewsGraphError.self) { try store.ingest(bad) }
            #expect(error?.message.contains("outside its article text") == true)
            #expect(error?.span == Span(length, length + 4))
            let stats = try store.stats()
            let counts: [Int] = [stats.issues, stats.articles, stats.sentences, stats.entities, stats.mentions]
            #expect(counts == [0, 0, 0, 0, 0])
        }
    }

    @Test("a failure in a later article undoes the earlier ones and a replacement's delete")
    func rollsBackReplacement() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let before = try store.stats()
            var bad = Fixtures.meetingDocument(hash: "hash-2")
            bad.articles.append(bad.articles[0]) // ordinal 0 twice: UNIQUE(issue_id, ordinal)
            let error = #expect(throws: NewsGraphError.self) { try store.ingest(bad) }
            #expect(error?.article == 0)
            #expect(try store.stats() == before)
            let hash = try store.readOnlyQuery(sql: "SELECT content_hash FROM issues").rows
            #expect(hash == [["hash-1"]])
        }
    }

    @Test("a numbered meeting is keyed by its kind and numbers and collects its aliases, anaphors included")
    func meetingEntity() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let meetings = try store.entities(kind: .meeting)
            let meeting = try #require(meetings.first)
            #expect(meetings.count == 1)
            #expect(meeting.key == ":executive:2022.14")
            #expect(meeting.date == "2022-06-16")
            #expect(meeting.place == "长春")
            #expect(meeting.series == "省政府2022年常务会议")
            #expect(meeting.aliases == [Fixtures.meetingName, "会议", "第14次常务会议"].sorted())
            #expect(meeting.mentionCount == 2)
        }
    }

    @Test("one relation per kind, subject, object, article and start, even with no subject")
    func uniqueRelations() throws {
        try Fixtures.withStore { store, _ in
            _ = try store.ingest(Fixtures.meetingDocument())
            let error = #expect(throws: DatabaseError.self) {
                try store.dbQueue.write { db in
                    var copy = try #require(try RelationRecord.filter(Column("kind") == "reported_by").fetchOne(db))
                    copy.id = nil
                    copy.rule = "another.rule"
                    try copy.insert(db)
                }
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(try store.stats().relations == Fixtures.meetingRelations)
        }
    }

    @Test("foreign keys are enforced on the store's connection")
    func foreignKeys() throws {
        try Fixtures.withStore { store, _ in
            #expect(try store.readOnlyQuery(sql: "PRAGMA foreign_keys").rows == [["1"]])
            _ = try store.ingest(Fixtures.meetingDocument())
            #expect(throws: DatabaseError.self) {
                try store.dbQueue.write { db in
                    var orphan = SentenceRecord(id: nil, articleId: 9999, ordinal: 0, start: 0, end: 0, text: "")
                    try orphan.insert(db)
                }
            }
            // An entity that mentions refer to cannot be deleted.
            #expect(throws: DatabaseError.self) {
                try store.dbQueue.write { db in
                    _ = try EntityRecord.filter(Column("kind") == "person").deleteAll(db)
                }
            }
            // Deleting an issue cascades to everything under it.
            try store.dbQueue.write { db in _ = try IssueRecord.deleteAll(db) }
            let stats = try store.stats()
            let counts: [Int] = [stats.articles, stats.sentences, stats.mentions, stats.relations]
            #expect(counts == [0, 0, 0, 0])
            #expect(try store.search(text: "常务会议").isEmpty)
        }
    }

    @Test("an in-memory store works like a file")
    func inMemory() throws {
        let store = try GraphStore.inMemory()
        #expect(store.path == nil)
        #expect(try store.ingest(Fixtures.meetingDocument()) != .unchanged)
        #expect(try store.ingest(Fixtures.meetingDocument()) == .unchanged)
    }

    /// A copy of the meeting report at `path` with a place (长白山) and a new spelling of 韩俊
    /// (韩俊同志), and, when `failing`, a relation whose evidence lies past the article's end.
    static func batchDocument(_ path: String, failing: Bool = false) -> Document {
        var document = Fixtures.meetingDocument(path: path, hash: "hash-" + path)
        let body = Fixtures.meetingReport
        document.articles[0].mentions += [
            Mention(kind: .place, span: Fixtures.span(of: "稳经济", in: body), text: "长白山", rule: "test.place"),
            Mention(kind: .person, span: Fixtures.span(of: "韩俊", in: body), text: "韩俊同志", name: "韩俊", rule: "test.person"),
        ]
        if failing {
            let length = document.articles[0].text.count
            document.articles[0].relations.append(
                Relation(kind: .mentions, subject: nil, object: EntityRef(.place, "长白山"),
                         evidence: Span(length, length + 1), rule: "test.bad"))
        }
        return document
    }

    @Test("a failing file inside a batch is rolled back to its savepoint; the files around it are stored")
    func batchRollsBackOneFile() throws {
        try Fixtures.withStore { store, _ throws in
            let results = store.ingest([Fixtures.meetingDocument(path: "a.txt", hash: "hash-a"),
                                        Self.batchDocument("b.txt", failing: true),
                                        Fixtures.meetingDocument(path: "c.txt", hash: "hash-c")])
            #expect(try results[0].get() == .inserted(articles: 1, mentions: Fixtures.meetingMentions, relations: Fixtures.meetingRelations))
            #expect(throws: NewsGraphError.self) { try results[1].get() }
            if case .failure(let error) = results[1] {
                #expect(error.file == "b.txt")
                #expect(error.message.contains("outside its article text"))
            }
            #expect(try results[2].get() == .inserted(articles: 1, mentions: Fixtures.meetingMentions, relations: Fixtures.meetingRelations))
            #expect(try store.articles().map(\.sourcePath).sorted() == ["a.txt", "c.txt"])
            #expect(try store.entities(kind: .place).isEmpty)
            let stats = try store.stats()
            #expect(stats.mentions == 2 * Fixtures.meetingMentions)
        }
    }

    @Test("what a rolled-back file taught the run-wide caches is forgotten: a later file stores its entity and alias again")
    func batchRollbackInvalidatesCaches() throws {
        try Fixtures.withStore { store, _ throws in
            // a.txt makes 韩俊 known (and cached); b.txt adds 长白山 and the alias 韩俊同志, then fails.
            let results = store.ingest([Fixtures.meetingDocument(path: "a.txt", hash: "hash-a"),
                                        Self.batchDocument("b.txt", failing: true),
                                        Self.batchDocument("c.txt")])
            #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
            let places = try store.entities(kind: .place)
            #expect(places.map(\.name) == ["长白山"])
            #expect(places.first?.aliases == ["长白山"])
            #expect(places.first?.mentionCount == 1)
            let person = try #require(try store.entities(kind: .person).first { $0.name == "韩俊" })
            #expect(person.aliases.contains("韩俊同志"))
        }
    }

    @Test("a batch whose documents all fail writes nothing, and the next batch is stored")
    func batchAllFailing() throws {
        try Fixtures.withStore { store, _ throws in
            let results = store.ingest([Self.batchDocument("b.txt", failing: true)])
            #expect((try? results[0].get()) == nil)
            #expect(try store.stats().issues == 0)
            #expect(try store.ingest(Self.batchDocument("c.txt")) == .inserted(articles: 1, mentions: Fixtures.meetingMentions + 2,
                                                                             relations: Fixtures.meetingRelations))
        }
    }
}

import Foundation
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite struct GraphStoreQueriesPersonTests {
    /// A person's posts list their articles oldest first, and articles of undated issues last,
    /// whatever order the files were stored in.
    @Test func articlesOfAPostAreDatedFirstAndUndatedLast() throws {
        try Fixtures.withStore { store, _ in
            var undated = Fixtures.meetingDocument(path: "吉林日报/undated/01.txt", hash: "hash-undated")
            undated.issue.date = nil
            _ = try store.ingest(undated)
            _ = try store.ingest(Fixtures.meetingDocument(path: "吉林日报/2022-06-17/01.txt", hash: "hash-dated"))
            let person = try #require(try store.entity(.person, named: "韩俊"))
            let record = try #require(try store.personRecord(id: person.id))
            let post = try #require(record.posts.first { $0.name == "省长" })
            let dates = try post.articleIds.map { id in try store.readOnlyQuery(sql: """
                SELECT IFNULL(i.issue_date, 'none') FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.id = \(id)
                """).rows.first?[0] ?? nil }
            #expect(dates == ["2022-06-17", "none"])
        }
    }
}

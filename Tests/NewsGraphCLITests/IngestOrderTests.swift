import Foundation
import NewsGraph
import NewsGraphStore
import Testing

/// Hand-made pages (made-up names) ingested one file at a time in two orders: every query's
/// JSON, keys included, is the same byte for byte.
@Suite("ingest order")
struct IngestOrderTests {
    /// The pages, as (path under the corpus folder, text).
    static let pages: [(String, String)] = [
        ("dalian/2022-04-08/01.txt", "4月7日，大连市委书记范立言到企业调研。\n范立言强调，要稳住外贸。\n"),
        ("jilin-daily/undated/01.txt", "5月8日上午，省第十五次党代会在长春开幕。省委书记甄守仁主持会议，省长范立言出席。\n"),
        ("jilin-daily/2023-06-01/01.txt", "本报5月31日讯（记者于小博）省委副书记、省长范立言在调研时强调，要把省第十五次党代会精神落到实处。\n"),
        ("jiangsu/2023-06-20/01.txt", "6月19日，吉林省委书记甄守仁、省长范立言率吉林省党政代表团来江苏考察。\n"),
        ("jilin-daily/2023-01-21/01.txt", "本报1月20日讯（记者于小博）吉林省第十四届人民代表大会第二次会议今天在长春开幕。范立言出席会议。\n"),
        ("peoples-daily/2023-03-06/01.txt", "3月5日上午，十四届全国人大二次会议在北京人民大会堂开幕。国务院总理郝明远作政府工作报告。\n"),
    ]

    /// A graph of `pages` ingested one file at a time in `order`; returns the database path.
    static func graph(order: [Int], in folder: URL) throws -> String {
        let corpus = folder.appendingPathComponent("corpus")
        for (relative, text) in pages {
            let url = corpus.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: url.path) { try Data(text.utf8).write(to: url) }
        }
        let db = folder.appendingPathComponent("graph-\(order.map(String.init).joined()).sqlite").path
        let ingestor = try Ingestor(store: try GraphStore(path: db))
        for index in order {
            let report = try ingestor.ingest(paths: [corpus.appendingPathComponent(pages[index].0).path])
            try #require(report.failed.isEmpty)
        }
        return db
    }

    @Test("facts, person, attendees and meetings JSON are byte-identical in two ingest orders")
    func twoOrders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-order-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let forward = try Self.graph(order: Array(Self.pages.indices), in: folder)
        let backward = try Self.graph(order: Array(Self.pages.indices.reversed()), in: folder)
        let queries: [[String]] = [
            ["facts"], ["person", "范立言", "--format", "json"], ["person", "甄守仁", "--format", "json"],
            ["attendees", "党代会", "--format", "json"], ["attendees", "二次会议", "--format", "json"],
            ["meetings", "--person", "范立言", "--format", "json"],
        ]
        for query in queries {
            let a = try SeedGraph.execute(query + ["--db", forward], in: folder)
            let b = try SeedGraph.execute(query + ["--db", backward], in: folder)
            #expect(a.status == 0, "\(query): \(a.stderr)")
            #expect(a.stdout == b.stdout, "\(query) differs between ingest orders")
        }
        // The career move is one person, posts in date order, with a key.
        let person = try SeedGraph.execute(["person", "范立言", "--format", "json", "--db", forward], in: folder)
        let json = try #require(try SeedGraph.json(person.stdout) as? [String: Any])
        #expect(json["key"] as? String == "person:范立言")
        let posts = try #require(json["posts"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        let city = try #require(posts.firstIndex { $0.contains("市委书记") })
        let governor = try #require(posts.firstIndex(of: "省长"))
        #expect(city < governor)
        // The national and the provincial second sessions of the 14th congress are two meetings.
        let sessions = try SeedGraph.execute(["attendees", "二次会议", "--format", "json", "--db", forward], in: folder)
        let keys = try #require(try SeedGraph.json(sessions.stdout) as? [[String: Any]]).compactMap { $0["key"] as? String }
        #expect(Set(keys).count == 2 && keys.contains { $0.contains("national") } && keys.contains { $0.contains("吉林") })
        // The congress is dated by its own (undated) report, in the year of the dated page naming it.
        let congress = try SeedGraph.execute(["attendees", "党代会", "--format", "json", "--db", forward], in: folder)
        let dates = try #require(try SeedGraph.json(congress.stdout) as? [[String: Any]]).compactMap { $0["date"] as? String }
        #expect(dates == ["2023-05-08"])
    }
}

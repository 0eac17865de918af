import Foundation
import NewsGraph
@testable import NewsGraphCLI
import NewsGraphStore
import Testing

@Suite("person lookup")
struct PersonLookupTests {
    @Test("part of a name finds the one person it belongs to, or lists every candidate once with its key")
    func partialNames() throws {
        try SeedGraph.withGraph { db in
            let one = try SeedGraph.command(["person", "福春", "--format", "json", "--db", db], as: PersonCommand.self).output()
            #expect((try SeedGraph.json(one) as? [String: Any])?["name"] as? String == "韩福春")
            let error = SeedGraph.failure(["person", "韩", "--db", db])
            let message = try #require(error?.description)
            #expect(message.contains("is part of"))
            #expect(message.contains("韩俊 (person:韩俊") && message.contains("韩福春 (person:韩福春"))
            #expect(message.components(separatedBy: "韩俊 (").count == 2, "each candidate once")
        }
    }

    @Test("a name that stands for two persons is refused with both keys; each key finds its person")
    func ambiguousName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-lookup-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Made-up people: one name, posts in two provinces in the same week.
        for (relative, text) in [
            ("jilin-daily/2022-05-10/01.txt", "本报5月9日讯（记者于小博）昨天，吉林省副省长甄守仁主持召开全省安全生产工作会议。\n"),
            ("henan/2022-05-12/01.txt", "5月11日，洛阳市市长甄守仁主持召开全市防汛工作会议。\n"),
            ("jilin-daily/2022-05-20/01.txt", "本报5月19日讯（记者于小博）昨天，吉林省副省长甄守仁出席全省信访工作会议。\n"),
        ] {
            let url = folder.appendingPathComponent("pages/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let db = folder.appendingPathComponent("graph.sqlite").path
        let report = try Ingestor(store: try GraphStore(path: db)).ingest(paths: [folder.appendingPathComponent("pages").path])
        try #require(report.failed.isEmpty)
        let error = SeedGraph.failure(["person", "甄守仁", "--db", db])
        let message = try #require(error?.description)
        #expect(message.contains("stands for 2 persons"))
        #expect(message.contains("person:甄守仁@吉林") && message.contains("person:甄守仁@河南"))
        for key in ["person:甄守仁@吉林", "person:甄守仁@河南"] {
            let json = try SeedGraph.command(["person", key, "--format", "json", "--db", db], as: PersonCommand.self).output()
            #expect((try SeedGraph.json(json) as? [String: Any])?["key"] as? String == key)
        }
    }
}

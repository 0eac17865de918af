import Foundation
@testable import NewsGraphCLI
import NewsGraphStore
import Testing

@Suite("newsgraph show")
struct ShowCommandTests {
    /// The stored id of the seed article printed `ordinal`-th.
    func id(ordinal: Int, db: String) throws -> Int64 {
        try #require(try GraphStore(path: db).articles().first { $0.ordinal == ordinal }).id
    }

    @Test("the 调度 report: its issue, text, then people with posts and the meeting with its roles")
    func dispatch() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["show", String(try id(ordinal: 2, db: db)), "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.lines
            // No headline: the first line is the article's key, the issue and source.
            #expect(lines[0].hasSuffix(" · 2022-06-17 · \(SeedGraph.seedPage)"))
            let key = try #require(lines[0].components(separatedBy: " · ").first)
            #expect(key.hasSuffix("-2") && key.count == 14)
            // The key finds the same article.
            let byKey = try SeedGraph.execute(["show", key, "--db", db])
            #expect(byKey.stdout == run.stdout)
            #expect(lines[1] == "")
            #expect(lines[2].hasPrefix("本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊调度全省畜禽粪污资源化利用情况。"))
            #expect(lines.contains("人物 persons: 于小博（记者）；韩俊（省委副书记、省长）；习近平（总书记）；吴靖平；安立佳；刘凯；蔡东；韩福春；李伟；王子联；安桂武"))
            #expect(lines.contains("会议 meeting: 韩俊调度全省畜禽粪污资源化利用情况 · 2022-06-16"))
            #expect(lines.contains("  主持 presided: 韩俊"))
            #expect(lines.contains("  出席 attended: 吴靖平、安立佳、刘凯、蔡东、韩福春、李伟、王子联、安桂武"))
            #expect(lines.contains("  汇报 reported: 省畜牧局、省农业农村厅、省生态环境厅、农安县、舒兰市、梨树县"))
        }
    }

    @Test("--text-only prints the headline and text and no facts")
    func textOnly() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["show", String(try id(ordinal: 5, db: db)), "--text-only", "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.lines[0] == "韩俊主持召开省政府常务会议 坚定信心狠抓落实 全力推动全省经济加快恢复增长")
            #expect(run.lines[1].hasSuffix("-5 · 2022-06-17 · \(SeedGraph.seedPage)"))
            #expect(run.stdout.contains("本报6月16日讯（记者于小博）"))
            #expect(!run.stdout.contains("人物 persons"))
            #expect(!run.stdout.contains("会议 meeting"))
        }
    }

    @Test("an unknown id fails and points at `articles`; a non-number is refused")
    func unknown() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["show", "99", "--db", db])
            #expect(error?.description == "no article 99 in \(db); `newsgraph articles` lists them")
            #expect(throws: (any Error).self) { try SeedGraph.run(["show", "first", "--db", db]) }
        }
    }
}

import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("ReportCommand")
struct ReportCommandTests {
    @Test("-o is required")
    func options() throws {
        #expect(throws: (any Error).self) { try SeedGraph.command(["report"], as: ReportCommand.self) }
        let command = try SeedGraph.command(["report", "-o", "site"], as: ReportCommand.self)
        #expect(command.output == "site")
    }

    @Test("the report opens from disk in Chromium with the same content as the server's pages")
    func opensFromDisk() throws {
        try SeedGraph.withGraph { db in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-report-" + UUID().uuidString)
            defer { try? FileManager.default.removeItem(at: folder) }
            let run = try SeedGraph.execute(["report", "--db", db, "-o", folder.path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("11 meetings, 16 people"))
            #expect(run.stdout.contains("5 articles"))

            let index = try SeedGraph.dumpDOM(folder.appendingPathComponent("index.html").absoluteString)
            #expect(index.contains("<li><b>5</b>文章 articles</li>"))
            #expect(index.contains(">韩俊</a>"))
            #expect(!index.contains("<form class=\"search\""))
            // The home page's link to the meeting leads to a file that opens with the meeting.
            let link = try #require(index.range(of: "<a href=\"meeting-%E9%9F%A9%E4%BF%8A%E8%B0%83%E5%BA%A6"))
            let href = String(index[index.index(link.lowerBound, offsetBy: 9)...].prefix { $0 != "\"" })
            let target = try #require(URL(string: href, relativeTo: folder.appendingPathComponent("index.html")))
            let meeting = try SeedGraph.dumpDOM(target.absoluteString)
            #expect(meeting.contains("<h1>韩俊调度全省畜禽粪污资源化利用情况</h1>"))
            let roles = try SeedGraph.after("<table class=\"roles\">", in: meeting)
            #expect(SeedGraph.inOrder(ServeCommandTests.attendees.map { ">\($0)</a>" }, in: roles))
            #expect(roles.contains(ServeCommandTests.evidence))
            #expect(roles.contains("<a href=\"article-b2ad41f0bfab-2.html\">b2ad41f0bfab-2</a>"))
            let svg = try SeedGraph.after("<div class=\"diagram\"><svg", in: meeting)
            #expect(svg.contains(">吴靖平</text>"))

            let person = try SeedGraph.dumpDOM(folder.appendingPathComponent("person-韩俊.html").absoluteString)
            #expect(person.contains("<span class=\"post\">省长</span>"))
            let article = try SeedGraph.dumpDOM(folder.appendingPathComponent("article-b2ad41f0bfab-2.html").absoluteString)
            #expect(article.contains("<a class=\"mention person\" href=\"person-%E9%9F%A9%E4%BF%8A.html\""))
        }
    }

    @Test("in the report too, a name holding <script> is shown as text")
    func escaping() throws {
        try SeedGraph.withHostileGraph { db in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-report-" + UUID().uuidString)
            defer { try? FileManager.default.removeItem(at: folder) }
            try SeedGraph.run(["report", "--db", db, "-o", folder.path])
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            let person = try #require(files.first { $0.hasPrefix("person-") })
            #expect(!person.contains("<") && !person.contains("/"))
            for file in ["index.html", person] {
                let dom = try SeedGraph.dumpDOM(folder.appendingPathComponent(file).absoluteString)
                #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(file)")
                #expect(!dom.contains("<script"), "\(file)")
            }
        }
    }
}

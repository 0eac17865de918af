import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("ServeCommand")
struct ServeCommandTests {
    /// The dispatch meeting of the seed page and its attendees in print order.
    static let meeting = "meeting/%E9%9F%A9%E4%BF%8A%E8%B0%83%E5%BA%A6%E5%85%A8%E7%9C%81%E7%95%9C%E7%A6%BD%E7%B2%AA%E6%B1%A1%E8%B5%84%E6%BA%90%E5%8C%96%E5%88%A9%E7%94%A8%E6%83%85%E5%86%B5%402022-06-16"
    static let attendees = ["吴靖平", "安立佳", "刘凯", "蔡东", "韩福春", "李伟", "王子联", "安桂武"]
    static let evidence = "吴靖平、安立佳、刘凯、蔡东、韩福春、李伟、王子联、安桂武参加会议。"

    @Test("it listens on 127.0.0.1:8080 unless told otherwise, and checks the port")
    func options() throws {
        let plain = try SeedGraph.command(["serve"], as: ServeCommand.self)
        #expect(plain.host == "127.0.0.1")
        #expect(plain.port == 8080)
        let other = try SeedGraph.command(["serve", "--host", "0.0.0.0", "--port", "0"], as: ServeCommand.self)
        #expect(other.host == "0.0.0.0" && other.port == 0)
        #expect(throws: (any Error).self) { try SeedGraph.command(["serve", "--port", "70000"], as: ServeCommand.self) }
        #expect(throws: (any Error).self) { try SeedGraph.command(["serve", "--port", "-1"], as: ServeCommand.self) }
    }

    @Test("without a graph it stops with an error naming the file, and prints no address")
    func noGraph() throws {
        let run = try SeedGraph.execute(["serve", "--port", "0", "--db", "/nonexistent/graph.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no graph at /nonexistent/graph.sqlite"))
        #expect(run.stdout.isEmpty)
    }

    @Test("in Chromium: the meeting, person, policy, article and search pages show their content")
    func pagesInChromium() throws {
        try SeedGraph.withGraph { db in
            let server = try SeedGraph.serve(["--db", db])
            defer { server.stop() }
            #expect(server.url.hasPrefix("http://127.0.0.1:"))

            let meeting = try SeedGraph.dumpDOM(server.url + Self.meeting)
            #expect(meeting.contains("<h1>韩俊调度全省畜禽粪污资源化利用情况</h1>"))
            let roles = try SeedGraph.after("<table class=\"roles\">", in: meeting)
            #expect(SeedGraph.inOrder(Self.attendees.map { ">\($0)</a>" }, in: roles), "the attendees are not in printed order")
            #expect(roles.contains(Self.evidence))
            let svg = try SeedGraph.after("<div class=\"diagram\"><svg", in: meeting)
            #expect(svg.contains(">吴靖平</text>"))
            #expect(svg.contains("会议：韩俊调度全省畜禽粪污资源化利用情况"))

            let person = try SeedGraph.dumpDOM(server.url + "person/%E9%9F%A9%E4%BF%8A")
            #expect(person.contains("<h1>韩俊</h1>"))
            #expect(person.contains("<span class=\"post\">省长</span>"))
            #expect(person.contains("主持 presided、讲话 spoke"))
            #expect(person.contains("<div class=\"diagram\"><svg"))

            let policy = try SeedGraph.dumpDOM(server.url + "policy/%E6%8F%B4%E4%BC%81%E7%A8%B3%E5%B2%97%E6%94%BF%E7%AD%96")
            #expect(policy.contains("<h1>援企稳岗政策</h1>"))
            #expect(policy.contains("<ol class=\"timeline events\">"))
            #expect(policy.contains("<span class=\"when\">2022-"))

            let article = try SeedGraph.dumpDOM(server.url + "article/b2ad41f0bfab-2")
            #expect(article.contains("<a class=\"mention person\" href=\"/person/%E9%9F%A9%E4%BF%8A\" title=\"韩俊 · person:韩俊\">韩俊</a>"))
            #expect(article.contains("畜禽粪污用好了是资源"))

            let search = try SeedGraph.dumpDOM(server.url + "search?q=%E7%A8%B3")
            #expect(search.contains("<mark>稳</mark>"))
            let two = try SeedGraph.dumpDOM(server.url + "search?q=%E9%9F%A9%E4%BF%8A")
            #expect(two.contains("<mark>韩俊</mark>"))

            let missing = try SeedGraph.dumpDOM(server.url + "person/%E6%97%A0")
            #expect(missing.contains("<h1>404 not found</h1>"))
        }
    }

    @Test("in Chromium: a name holding <script> is shown as text and no script element is made")
    func escapingInChromium() throws {
        try SeedGraph.withHostileGraph { db in
            let server = try SeedGraph.serve(["--db", db])
            defer { server.stop() }
            let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
            let home = try SeedGraph.dumpDOM(server.url)
            // The meeting's page, as the home page links it.
            let link = try SeedGraph.after("<a href=\"/meeting/", in: home).prefix { $0 != "\"" }
            for page in ["", "person/%3Cscript%3Ealert%281%29%3C%2Fscript%3E", "article/fedcba987654-0", "search?q=alert",
                         "meeting/" + link] {
                let dom = try SeedGraph.dumpDOM(server.url + page)
                #expect(dom.contains(escaped), "\(page): the name is not shown as text")
                #expect(!dom.contains("<script"), "\(page): a script element was made")
            }
        }
    }
}

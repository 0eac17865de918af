import Foundation
import NewsGraphStore
@testable import NewsGraphWeb
import Testing

@Suite("WebSite")
struct WebSiteTests {
    /// The text of `html` from `start` on, for checking what comes after a heading.
    func after(_ start: String, in html: String) throws -> Substring {
        let range = try #require(html.range(of: start), "\(start) is not on the page")
        return html[range.upperBound...]
    }

    @Test("the home page has the counts, the latest meetings, people and policies, and a search box")
    func home() throws {
        try WebFixtures.withSeedStore { store, _ in
            let page = try WebFixtures.site(store).respond(to: .home)
            #expect(page.status == 200)
            #expect(page.html.contains("<li><b>5</b>文章 articles</li>"))
            #expect(page.html.contains(">韩俊调度全省畜禽粪污资源化利用情况</a>"))
            #expect(page.html.contains("<a href=\"/person/%E9%9F%A9%E4%BF%8A\">韩俊</a>"))
            #expect(page.html.contains("<form class=\"search\" action=\"/search\""))
            #expect(page.html.contains(">“千亿斤粮食”工程</a>"))
        }
    }

    @Test("the meeting page lists the roles in printed order with the evidence, and draws the meeting")
    func meeting() throws {
        try WebFixtures.withSeedStore { store, _ in
            let page = try WebFixtures.site(store).respond(to: .meeting(WebFixtures.dispatchMeeting))
            #expect(page.status == 200)
            let roles = try after("<table class=\"roles\">", in: page.html)
            var rest = roles[...]
            for name in ["韩俊"] + WebFixtures.dispatchAttendees + ["省畜牧局", "梨树县"] {
                let found = try #require(rest.range(of: ">\(name)</a>"), "\(name) is missing or out of order")
                rest = rest[found.upperBound...]
            }
            #expect(roles.contains("<td class=\"evidence\">\(WebFixtures.dispatchEvidence)</td>"))
            #expect(roles.contains("<a href=\"/article/b2ad41f0bfab-2\">b2ad41f0bfab-2</a>"))
            #expect(roles.contains("<td class=\"num\">8</td><td class=\"name nowrap\"><a href=\"/person/%E5%AE%89%E6%A1%82%E6%AD%A6\">安桂武</a>"))
            let svg = try after("<div class=\"diagram\">", in: page.html)
            #expect(svg.hasPrefix("<svg"))
            #expect(svg.contains(">吴靖平</text>"))
            #expect(!page.html.contains("<?xml"))
            #expect(!page.html.contains("<!DOCTYPE svg"))
        }
    }

    @Test("the person page has posts with dates and jurisdiction, meetings with roles, co-attendees and a diagram")
    func person() throws {
        try WebFixtures.withSeedStore { store, _ in
            let page = try WebFixtures.site(store).respond(to: .person("韩俊"))
            #expect(page.status == 200)
            #expect(page.html.contains("<span class=\"when\">2022-06-17</span> <span class=\"post\">省长</span> <span class=\"what\">（吉林）</span>"))
            #expect(page.html.contains("<td>主持 presided、讲话 spoke</td>"))
            #expect(page.html.contains(">省政府2022年第14次常务会议</a>"))
            let co = try after("<table class=\"co-attendees\">", in: page.html)
            #expect(co.contains(">吴靖平</a></td><td class=\"num\">1</td>"))
            #expect(page.html.contains("<div class=\"diagram\"><svg"))
            let diagram = try after("<div class=\"diagram\">", in: page.html)
            #expect(diagram.contains(">主持 · 讲话</text>"), "the diagram counts his roles at the dispatch meeting on one edge")
        }
    }

    @Test("the policy page shows the trace as a timeline with the evidence")
    func policy() throws {
        try WebFixtures.withSeedStore { store, _ in
            let site = try WebFixtures.site(store)
            let key = try #require(try store.policyTraces(matching: "助企纾困").first?.key)
            let page = site.respond(to: try #require(WebRoute(path: site.links.entity(key) ?? "", query: nil) as WebRoute?))
            #expect(page.status == 200)
            let events = try after("<ol class=\"timeline events\">", in: page.html)
            #expect(events.contains("<span class=\"when\">2022-05-12</span> <span class=\"action\">印发 issued</span> · 省人社厅、省社会保险局"))
            #expect(events.contains("自3月疫情发生以来"))
            #expect(events.contains("<a href=\"/article/b2ad41f0bfab-1\">我省社保助企纾困政策快速落位 已释放红利近75亿元</a>"))
        }
    }

    @Test("the article page prints the text once with every mention marked and linked")
    func article() throws {
        try WebFixtures.withSeedStore { store, _ in
            let page = try WebFixtures.site(store).respond(to: .article("b2ad41f0bfab-2"))
            #expect(page.status == 200)
            let text = try after("<div class=\"article-text\">", in: page.html)
            #expect(text.hasPrefix("本报<span class=\"mention date\" title=\"6月16日 · date\">6月16日</span>讯"))
            #expect(text.contains("<a class=\"mention person\" href=\"/person/%E9%9F%A9%E4%BF%8A\" title=\"韩俊 · person:韩俊\">韩俊</a>"))
            #expect(text.contains("<a class=\"mention organization\" href=\"/search?q=%E7%9C%81%E7%95%9C%E7%89%A7%E5%B1%80\""))
            #expect(text.contains("<a class=\"mention policy\" href=\"/policy/"))
            // Without its tags, the marked text is the article's text.
            let plain = String(text.prefix { $0 != "\u{0}" }).components(separatedBy: "</div>")[0]
                .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            let stored = try #require(try store.article(key: "b2ad41f0bfab-2"))
            #expect(plain == stored.displayText)
        }
    }

    @Test("search finds one and two characters and longer words, and names")
    func search() throws {
        try WebFixtures.withSeedStore { store, _ in
            let site = try WebFixtures.site(store)
            let one = site.respond(to: .search("稳"))
            #expect(one.status == 200)
            #expect(one.html.contains("<mark>稳</mark>"))
            #expect(one.html.contains("value=\"稳\""))
            let two = site.respond(to: .search("韩俊"))
            #expect(two.html.contains("<mark>韩俊</mark>"))
            #expect(two.html.contains("<a href=\"/person/%E9%9F%A9%E4%BF%8A\">韩俊</a>"))
            let long = site.respond(to: .search("畜禽粪污"))
            #expect(long.html.contains("<mark>畜禽粪污</mark>"))
            #expect(long.html.contains(">韩俊调度全省畜禽粪污资源化利用情况</a>"))
            #expect(site.respond(to: .search("蒙古包")).html.contains("no article holds “蒙古包”"))
            #expect(site.respond(to: .search("")).html.contains("type a word"))
        }
    }

    @Test("unknown keys and paths give a 404 page that says what was not found")
    func notFound() throws {
        try WebFixtures.withSeedStore { store, _ in
            let site = try WebFixtures.site(store)
            for (route, message) in [(WebRoute.meeting("无此会议"), "no meeting has the key “meeting:无此会议”"),
                                     (.person("无此人"), "no person has the key “person:无此人”"),
                                     (.policy("无"), "no policy has the key “policy:无”"),
                                     (.article("000000000000-9"), "no article has the key “000000000000-9”"),
                                     (.article("not-a-key"), "no article has the key “not-a-key”"),
                                     (.unknown("/nothing"), "there is no page at /nothing")] {
                let page = site.respond(to: route)
                #expect(page.status == 404, "\(route)")
                #expect(page.html.contains("<h1>404 not found</h1>"), "\(route)")
                #expect(page.html.contains(message), "\(route)")
            }
        }
    }

    @Test("a name holding <script> is printed as text on every page, the diagram too")
    func escaping() throws {
        try WebFixtures.withHostileStore { store, _ in
            let site = try WebFixtures.site(store)
            let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
            let person = try #require(try store.persons(named: WebFixtures.hostileName).first)
            let meetingKey = try #require(try store.meetingList().first { $0.name == WebFixtures.hostileMeeting }?.key)
            let articleKey = try #require(try store.articles().first?.key)
            let pages = [
                site.respond(to: .home),
                site.respond(to: .meeting(String(meetingKey.dropFirst("meeting:".count)))),
                site.respond(to: .person(person.key)),
                site.respond(to: .article(articleKey)),
                site.respond(to: .search("alert")),
                site.respond(to: .search(WebFixtures.hostileName)),
            ]
            for page in pages {
                #expect(page.status == 200)
                #expect(page.html.contains(escaped), "the name is not on the page escaped")
                #expect(!page.html.contains("<script>"), "a <script> element is on the page")
            }
            // The meeting's diagram names the person in its SVG, escaped by DOTWriter and Graphviz.
            let meeting = pages[1].html
            let svg = try after("<div class=\"diagram\">", in: meeting)
            #expect(svg.hasPrefix("<svg"))
            #expect(svg.contains(escaped))
            // The person's link goes to their page, the key percent-encoded.
            #expect(meeting.contains("href=\"/person/%3Cscript%3Ealert%281%29%3C%2Fscript%3E\""))
            #expect(pages[2].html.contains("<title>\(escaped) · NewsGraph</title>"))
        }
    }

    @Test("the server's pages are read from a read-only store")
    func readOnly() throws {
        try WebFixtures.withSeedStore { store, _ in
            #expect(store.isReadOnly)
            let page = try WebFixtures.site(store).respond(to: .home)
            #expect(page.status == 200)
        }
    }
}

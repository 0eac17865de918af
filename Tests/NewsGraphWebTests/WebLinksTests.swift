import Foundation
@testable import NewsGraphWeb
import Testing

@Suite("WebLinks")
struct WebLinksTests {
    @Test("server links are absolute paths with the key within its kind, percent-encoded")
    func server() {
        let links = WebLinks(style: .server)
        #expect(links.home == "/")
        #expect(links.entity("person:韩俊") == "/person/%E9%9F%A9%E4%BF%8A")
        #expect(links.entity("meeting:吉林:executive:2022.14") == "/meeting/%E5%90%89%E6%9E%97%3Aexecutive%3A2022.14")
        #expect(links.entity("policy:“六稳”") == "/policy/%E2%80%9C%E5%85%AD%E7%A8%B3%E2%80%9D")
        #expect(links.article("cf7a147fa542-0") == "/article/cf7a147fa542-0")
        #expect(links.search("稳 岗&x") == "/search?q=%E7%A8%B3%20%E5%B2%97%26x")
        // Only meetings, persons and policies have pages.
        #expect(links.entity("organization:吉林:省委") == nil)
        #expect(links.entity("not a key") == nil)
    }

    @Test("report links are relative file names with no search page")
    func files() {
        let links = WebLinks(style: .files)
        #expect(links.home == "index.html")
        #expect(links.entity("person:韩俊") == "person-%E9%9F%A9%E4%BF%8A.html")
        #expect(links.article("cf7a147fa542-0") == "article-cf7a147fa542-0.html")
        #expect(links.search("稳") == nil)
        #expect(!links.hasSearch)
    }

    @Test("file names keep letters and digits, replace the rest, and stay apart by a hash")
    func fileNames() {
        #expect(WebLinks.fileName(kind: "person", key: "李伟@吉林") == "person-李伟@吉林.html")
        let meeting = WebLinks.fileName(kind: "meeting", key: "吉林:executive:2022.14")
        #expect(meeting.hasPrefix("meeting-吉林_executive_2022.14~"))
        #expect(meeting != WebLinks.fileName(kind: "meeting", key: "吉林_executive_2022.14"))
        let hostile = WebLinks.fileName(kind: "person", key: "../<script>/x")
        #expect(!hostile.contains("/"))
        #expect(!hostile.contains("<"))
        #expect(hostile.hasPrefix("person-.._"))
        let long = WebLinks.fileName(kind: "policy", key: String(repeating: "长", count: 300))
        #expect(long.unicodeScalars.count < 110)
        #expect(long != WebLinks.fileName(kind: "policy", key: String(repeating: "长", count: 301)))
        // The same key always gives the same name.
        #expect(WebLinks.fileName(kind: "meeting", key: "a:b") == WebLinks.fileName(kind: "meeting", key: "a:b"))
    }
}

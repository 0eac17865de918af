@testable import NewsGraphWeb
import Testing

@Suite("WebRoute")
struct WebRouteTests {
    @Test("paths name the page and its percent-decoded key")
    func routes() {
        #expect(WebRoute(path: "/", query: nil) == .home)
        #expect(WebRoute(path: "/index.html", query: nil) == .home)
        #expect(WebRoute(path: "/person/%E9%9F%A9%E4%BF%8A", query: nil) == .person("韩俊"))
        #expect(WebRoute(path: "/person/person:%E9%9F%A9%E4%BF%8A", query: nil) == .person("韩俊"))
        #expect(WebRoute(path: "/meeting/%E5%90%89%E6%9E%97%3Aexecutive%3A2022.14", query: nil) == .meeting("吉林:executive:2022.14"))
        #expect(WebRoute(path: "/meeting/a%2Fb", query: nil) == .meeting("a/b"))
        #expect(WebRoute(path: "/policy/%E2%80%9C%E5%85%AD%E7%A8%B3%E2%80%9D", query: nil) == .policy("“六稳”"))
        #expect(WebRoute(path: "/article/cf7a147fa542-0", query: nil) == .article("cf7a147fa542-0"))
    }

    @Test("the search query is read from q, with + as a space")
    func search() {
        #expect(WebRoute(path: "/search", query: "q=%E7%A8%B3") == .search("稳"))
        #expect(WebRoute(path: "/search", query: "x=1&q=a+b") == .search("a b"))
        #expect(WebRoute(path: "/search", query: nil) == .search(""))
    }

    @Test("anything else is unknown")
    func unknown() {
        #expect(WebRoute(path: "/nothing", query: nil) == .unknown("/nothing"))
        #expect(WebRoute(path: "/person/", query: nil) == .unknown("/person/"))
        #expect(WebRoute(path: "/person", query: nil) == .unknown("/person"))
        #expect(WebRoute(path: "/person/%E9%9F", query: nil) == .unknown("/person/%E9%9F"))
        #expect(WebRoute(path: "/search/x", query: nil) == .unknown("/search/x"))
    }
}

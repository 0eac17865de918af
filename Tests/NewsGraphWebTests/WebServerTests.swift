import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NewsGraphStore
@testable import NewsGraphWeb
import Testing

@Suite("WebServer")
struct WebServerTests {
    /// The status, content type and body of a request to `url`.
    func fetch(_ url: String, method: String = "GET") async throws -> (status: Int, type: String, body: String) {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = method
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data, as: UTF8.self))
    }

    @Test("on port 0 it listens on a free port of 127.0.0.1 and answers every page kind, 404 and 405")
    func serves() async throws {
        let folder = try WebFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.sqlite").path
        try WebFixtures.withSeedStore { store, seedFolder in
            try FileManager.default.copyItem(atPath: seedFolder.appendingPathComponent("graph.sqlite").path, toPath: path)
        }
        let site = try WebFixtures.site(try GraphStore.readOnly(path: path))
        let (addresses, continuation) = AsyncStream.makeStream(of: String.self)
        let server = Task { try await WebServer(site: site, port: 0).run { continuation.yield($0) } }
        defer { server.cancel() }
        var iterator = addresses.makeAsyncIterator()
        let base = try #require(await iterator.next())
        #expect(base.hasPrefix("http://127.0.0.1:"))
        #expect(!base.hasSuffix(":0/"))

        let home = try await fetch(base)
        #expect(home.status == 200)
        #expect(home.type == "text/html; charset=utf-8")
        #expect(home.body.contains("<li><b>5</b>文章 articles</li>"))
        let meeting = try await fetch(base + "meeting/" + WebLinks.percentEncoded(WebFixtures.dispatchMeeting))
        #expect(meeting.status == 200)
        #expect(meeting.body.contains(WebFixtures.dispatchEvidence))
        #expect(meeting.body.contains("<svg"))
        for page in ["person/%E9%9F%A9%E4%BF%8A", "article/b2ad41f0bfab-2", "search?q=%E7%A8%B3", "policy/" + WebLinks.percentEncoded("“六稳”")] {
            let answer = try await fetch(base + page)
            #expect(answer.status == 200, "\(page)")
        }
        let missing = try await fetch(base + "person/%E6%97%A0")
        #expect(missing.status == 404)
        #expect(missing.body.contains("no person has the key “person:无”"))
        #expect(try await fetch(base + "nothing").status == 404)
        let post = try await fetch(base, method: "POST")
        #expect(post.status == 405)
        #expect(post.body.contains("read-only"))
    }

    @Test("an IPv6 host is written in brackets in the address")
    func address() {
        #expect(WebServer.url(host: "127.0.0.1", port: 8080) == "127.0.0.1:8080")
        #expect(WebServer.url(host: "::1", port: 80) == "[::1]:80")
    }
}

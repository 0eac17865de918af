import Foundation
import NewsGraphStore
@testable import NewsGraphWeb
import Testing

@Suite("StaticReport")
struct StaticReportTests {
    /// The `href`s of `html`.
    func links(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "href=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
    }

    @Test("it writes index.html and a page per meeting, person, policy and article, every link a file beside them")
    func writes() throws {
        try WebFixtures.withSeedStore { store, folder in
            let out = folder.appendingPathComponent("site")
            let summary = try StaticReport(site: try WebFixtures.site(store)).write(to: out)
            #expect(summary.meetings == 11)
            #expect(summary.people == 16)
            #expect(summary.articles == 5)
            let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(files.count == summary.files)
            #expect(files.contains("index.html"))
            #expect(files.contains("person-韩俊.html"))
            #expect(files.contains("article-b2ad41f0bfab-2.html"))
            let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!index.contains("<form class=\"search\""))
            #expect(index.contains("static report"))
            #expect(index.contains(">b2ad41f0bfab-4</td>"))
            // Every link is relative and names a written file.
            var checked = 0
            for file in files {
                let html = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
                for link in links(in: html) {
                    #expect(!link.hasPrefix("/"), "\(file): \(link)")
                    let target = try #require(link.removingPercentEncoding)
                    #expect(files.contains(target), "\(file) links to \(target), which was not written")
                    checked += 1
                }
            }
            #expect(checked > 100)
            let meeting = try String(contentsOf: out.appendingPathComponent(WebLinks.fileName(kind: "meeting", key: WebFixtures.dispatchMeeting)),
                                     encoding: .utf8)
            #expect(meeting.contains(WebFixtures.dispatchEvidence))
            #expect(meeting.contains("<a href=\"article-b2ad41f0bfab-2.html\">b2ad41f0bfab-2</a>"))
            #expect(meeting.contains("<svg"))
        }
    }

    @Test("a folder that cannot be made is an error naming it")
    func unwritable() throws {
        try WebFixtures.withSeedStore { store, folder in
            let file = folder.appendingPathComponent("a-file")
            try Data().write(to: file)
            #expect { try StaticReport(site: try WebFixtures.site(store)).write(to: file.appendingPathComponent("site")) } throws: { error in
                "\(error)".contains(file.path)
            }
        }
    }
}

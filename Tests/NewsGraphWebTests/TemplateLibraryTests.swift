import Foundation
import Mustache
import NewsGraphModel
@testable import NewsGraphWeb
import Testing

@Suite("TemplateLibrary")
struct TemplateLibraryTests {
    @Test("the shipped templates load, every page's among them")
    func shipped() throws {
        let library = try TemplateLibrary.load()
        for name in TemplateLibrary.required { #expect(library.getTemplate(named: name) != nil, "\(name)") }
        #expect(library.getTemplate(named: "style") != nil)
    }

    @Test("{{…}} escapes HTML in the templates")
    func escapes() throws {
        let library = try TemplateLibrary.load()
        let page = ErrorPage(site: SiteFrame(title: "<b>\"x\" & 'y'</b>", links: WebLinks(style: .server)), status: 404,
                             reason: "not found", message: "<script>alert(1)</script>")
        let html = try #require(library.render(page, withTemplate: "error"))
        #expect(html.contains("<h1>&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;</h1>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
    }

    @Test("a folder without a page's template, or with one that does not parse, is refused naming it")
    func broken() throws {
        let folder = try WebFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{<layout}}{{/layout}}".write(to: folder.appendingPathComponent("home.mustache"), atomically: true, encoding: .utf8)
        #expect { try TemplateLibrary.load(from: folder) } throws: { error in
            (error as? NewsGraphError)?.kind == .unreadable && "\(error)".contains("layout.mustache is missing")
        }
        try "{{#open}} never closed".write(to: folder.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        #expect { try TemplateLibrary.load(from: folder) } throws: { error in
            "\(error)".contains("layout.mustache") && "\(error)".contains("does not parse")
        }
    }
}

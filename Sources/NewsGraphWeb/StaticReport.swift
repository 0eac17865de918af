import Foundation
import NewsGraphModel
import NewsGraphStore

/// The pages of a graph written as a static site that opens from disk: `index.html` and one
/// file per meeting, person, policy and article, all in one folder, linked relatively.
///
/// The same templates and page data as the server, with `WebLinks(style: .files)`; the home page
/// lists every meeting, person, policy and article, as there is no search page.
public struct StaticReport: Sendable {
    /// What was written.
    public struct Summary: Equatable, Sendable {
        public var meetings = 0
        public var people = 0
        public var policies = 0
        public var articles = 0
        public var files: Int { 1 + meetings + people + policies + articles }
    }

    public var site: WebSite

    /// A report of `site`'s store; its links are made relative whatever `site` had.
    public init(site: WebSite) {
        self.site = WebSite(store: site.store, links: WebLinks(style: .files), templates: site.templates, renderer: site.renderer)
    }

    /// Writes the site into `folder` (made if needed; files already there with the same names are replaced).
    ///
    /// - Throws: `NewsGraphError(.unwritable)` when the folder or a file cannot be written, or the
    ///   store's error when it cannot be read.
    @discardableResult
    public func write(to folder: URL, progress: ((String) -> Void)? = nil) throws -> Summary {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw NewsGraphError(.unwritable, file: folder.path, "cannot make the report folder: \(error.localizedDescription)")
        }
        var summary = Summary()
        try write(site.respond(to: .home), to: folder.appendingPathComponent("index.html"))
        for meeting in try site.store.meetingList() {
            guard let (_, key) = EntityKey.split(qualified: meeting.key) else { continue }
            try write(site.respond(to: .meeting(key)), to: folder.appendingPathComponent(WebLinks.fileName(kind: "meeting", key: key)))
            summary.meetings += 1
        }
        progress?("\(summary.meetings) meetings")
        let top = try site.store.topEntities(limit: Int(Int32.max))
        for (kind, route) in [(EntityKind.person, WebRoute.person), (.policy, WebRoute.policy)] {
            for entity in top[kind] ?? [] {
                guard let (_, key) = EntityKey.split(qualified: entity.key) else { continue }
                try write(site.respond(to: route(key)), to: folder.appendingPathComponent(WebLinks.fileName(kind: kind.rawValue, key: key)))
                if kind == .person { summary.people += 1 } else { summary.policies += 1 }
            }
        }
        progress?("\(summary.people) people, \(summary.policies) policies")
        for article in try site.store.articles() {
            try write(site.respond(to: .article(article.key)), to: folder.appendingPathComponent(WebLinks.fileName(kind: "article", key: article.key)))
            summary.articles += 1
        }
        return summary
    }

    /// Writes one page; a page that is not 200 is an error, not a file.
    private func write(_ page: WebResponse, to file: URL) throws {
        guard page.status == 200 else {
            throw NewsGraphError(.unwritable, file: file.path, "the page could not be made (status \(page.status))")
        }
        do {
            try Data(page.html.utf8).write(to: file, options: .atomic)
        } catch {
            throw NewsGraphError(.unwritable, file: file.path, "cannot write the page: \(error.localizedDescription)")
        }
    }
}

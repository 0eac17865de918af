import Foundation
import Mustache
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

/// The pages over one graph: each route's page data read from the store and rendered with the templates.
///
/// The server and the static report both render through this, so a page reads the same from
/// either; only `links` differs (absolute paths or relative `.html` files). Every text is printed
/// by the templates with `{{…}}`, which escapes HTML; only the diagrams' SVG is inlined as it is.
public struct WebSite: Sendable {
    public let store: GraphStore
    public let links: WebLinks
    public let templates: MustacheLibrary
    public let renderer: GraphvizRenderer
    /// How many meetings, people and policies the server's home page lists.
    public var homeListLength = 20
    /// How many articles a search lists at most.
    public var searchLimit = 50

    public init(store: GraphStore, links: WebLinks, templates: MustacheLibrary, renderer: GraphvizRenderer = GraphvizRenderer()) {
        self.store = store
        self.links = links
        self.templates = templates
        self.renderer = renderer
    }

    /// The page `route` asks for: 200 with the page, 404 for an unknown address or key, 500 when
    /// the store fails (each with an error page saying why).
    public func respond(to route: WebRoute) -> WebResponse {
        do {
            switch route {
            case .home:
                return WebResponse(status: 200, html: render(try homePage(), template: "home"))
            case .meeting(let key):
                guard let page = try meetingPage(key: key) else { return notFound("no meeting has the key “meeting:\(key)”") }
                return WebResponse(status: 200, html: render(page, template: "meeting"))
            case .person(let key):
                guard let page = try personPage(key: key) else { return notFound("no person has the key “person:\(key)”") }
                return WebResponse(status: 200, html: render(page, template: "person"))
            case .policy(let key):
                guard let page = try policyPage(key: key) else { return notFound("no policy has the key “policy:\(key)”") }
                return WebResponse(status: 200, html: render(page, template: "policy"))
            case .article(let key):
                guard let page = try articlePage(key: key) else { return notFound("no article has the key “\(key)”") }
                return WebResponse(status: 200, html: render(page, template: "article"))
            case .search(let query):
                return WebResponse(status: 200, html: render(try searchPage(query: query), template: "search"))
            case .unknown(let path):
                return notFound("there is no page at \(path)")
            }
        } catch {
            return failure(500, reason: "server error", message: String(describing: error))
        }
    }

    /// `page` rendered with the template `name`.
    func render(_ page: Any, template name: String) -> String {
        templates.render(page, withTemplate: name) ?? "template \(name) is missing"
    }

    /// The 404 page with `message`.
    func notFound(_ message: String) -> WebResponse {
        failure(404, reason: "not found", message: message)
    }

    /// An error page with `status`.
    func failure(_ status: Int, reason: String, message: String) -> WebResponse {
        let page = ErrorPage(site: SiteFrame(title: "\(status) \(reason)", links: links), status: status, reason: reason, message: message)
        return WebResponse(status: status, html: render(page, template: "error"))
    }

    /// A link to the entity with qualified key `key` called `name` (no link when it has no page).
    func entityLink(_ name: String, key: String?) -> PageLink {
        PageLink(text: name, href: key.flatMap(links.entity))
    }

    /// A link to an article.
    func articleLink(_ article: ArticleRef) -> PageLink {
        PageLink(text: article.title, href: article.key.isEmpty ? nil : links.article(article.key))
    }

    /// `names` joined with `、`, or nil when there are none (so a template leaves the line out).
    static func joined(_ names: [String]) -> String? {
        names.isEmpty ? nil : names.joined(separator: "、")
    }

    /// `first – last`, or one date when they are the same; empty when neither is known.
    static func dateRange(_ first: String?, _ last: String?) -> String {
        switch (first, last) {
        case let (a?, b?) where a != b: "\(a) – \(b)"
        case let (a?, _): a
        case let (nil, b?): b
        default: ""
        }
    }
}

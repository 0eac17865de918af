/// What the layout of every page shows around its content: the title, the way home, the search box.
///
/// `isStatic` is true in the static report, where links are relative `.html` files and there is
/// no search page (the layout then leaves out the search box).
public struct SiteFrame: Equatable, Sendable {
    /// The page's title, in the browser's tab and as its heading.
    public var title: String
    public var home: String
    public var isStatic: Bool
    /// The search box's text: the query on the search page, else empty.
    public var query: String

    public init(title: String, links: WebLinks, query: String = "") {
        self.title = title
        self.home = links.home
        self.isStatic = links.style == .files
        self.query = query
    }
}

/// A piece of text that may link to a page: `href` is nil when there is no page to go to.
public struct PageLink: Equatable, Sendable {
    public var text: String
    public var href: String?

    public init(text: String, href: String?) {
        self.text = text
        self.href = href
    }
}

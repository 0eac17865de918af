/// A page as the server sends it: the HTTP status and the HTML.
public struct WebResponse: Equatable, Sendable {
    public var status: Int
    public var html: String

    public init(status: Int, html: String) {
        self.status = status
        self.html = html
    }
}

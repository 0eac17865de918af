/// The page of a request that failed: the HTTP status, what went wrong, and the way home.
public struct ErrorPage: Sendable, Error {
    public var site: SiteFrame
    public var status: Int
    /// `not found`, `server error`.
    public var reason: String
    public var message: String
}

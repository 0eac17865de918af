import Foundation
import Hummingbird
import Logging

/// The local web UI: answers GET requests for the pages of a `WebSite`, over HTTP/1.1 with Hummingbird.
///
/// Binds `127.0.0.1` unless told another host. Port 0 takes any free port; `onListening` is given
/// the address actually bound (`http://127.0.0.1:PORT/`) once the server accepts connections. Runs
/// until SIGINT or SIGTERM. Only GET and HEAD are answered (405 otherwise); every page comes from
/// `WebSite.respond(to:)`, the store it reads being opened read-only by the caller.
public struct WebServer: Sendable {
    public var site: WebSite
    public var host: String
    public var port: Int

    public init(site: WebSite, host: String = "127.0.0.1", port: Int = 8080) {
        self.site = site
        self.host = host
        self.port = port
    }

    /// The response to `request`: the page of its route, as HTML.
    static func respond(to request: Request, site: WebSite) -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "405 method not allowed: the web UI is read-only\n")))
        }
        let page = site.respond(to: WebRoute(path: request.uri.path, query: request.uri.query))
        return Response(status: HTTPResponse.Status(code: page.status),
                        headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                  .init("X-Content-Type-Options")!: "nosniff"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: page.html)))
    }

    /// `http://HOST:PORT/`, with an IPv6 host in brackets.
    static func url(host: String, port: Int) -> String {
        (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }

    /// Runs the server until it is told to stop (SIGINT, SIGTERM); `onListening` gets its address.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        let site = self.site
        let host = self.host
        var logger = Logger(label: "newsgraph.serve")
        logger.logLevel = .warning
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in Self.respond(to: request, site: site) },
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "newsgraph"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                onListening("http://" + Self.url(host: host, port: bound) + "/")
            },
            logger: logger)
        try await app.runService()
    }
}

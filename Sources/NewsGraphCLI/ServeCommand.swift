import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphWeb

/// `newsgraph serve [--host H] [--port P]`
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Browse the graph in a local, read-only web UI.",
        discussion: """
            Pages: the home page (counts, latest meetings, search), /meeting/KEY (the roles in printed order \
            with their evidence and the diagram), /person/KEY (posts, meetings, co-attendees, diagram), \
            /policy/KEY (the trace as a timeline), /article/KEY (the text with every mention marked and linked) \
            and /search?q=TEXT. The graph is opened read-only. The server listens on 127.0.0.1 unless --host \
            names another address, prints its address (http://127.0.0.1:PORT/) once it listens, and runs until \
            interrupted (Ctrl-C).
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The address to listen on; another than 127.0.0.1 makes the graph visible to other machines.",
                               valueName: "address"))
    var host = "127.0.0.1"
    @Option(help: ArgumentHelp("The port to listen on; 0 takes any free port.", valueName: "port"))
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port)") }
        guard !host.isEmpty else { throw ValidationError("--host names no address") }
    }

    func run() async throws {
        let site = WebSite(store: try store.openExisting(), links: WebLinks(style: .server), templates: try TemplateLibrary.load())
        try await WebServer(site: site, host: host, port: port).run { url in
            // Printed at once, even into a pipe: a script or test waits for this line.
            FileHandle.standardOutput.write(Data((url + "\n").utf8))
        }
    }
}

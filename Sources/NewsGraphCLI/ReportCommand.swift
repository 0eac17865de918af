import ArgumentParser
import Foundation
import NewsGraphWeb

/// `newsgraph report -o DIR`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the web UI's pages as a static site that opens from disk.",
        discussion: """
            DIR gets index.html (counts, and every meeting, person, policy and article) and one page per \
            meeting, person, policy and article, the same pages `newsgraph serve` shows, linked relatively so \
            the folder opens in a browser from disk (file://) or from any web server. There is no search page. \
            The graph is opened read-only.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write the site into (made if needed).", valueName: "dir"))
    var output: String

    func run() throws {
        let site = WebSite(store: try store.openExisting(), links: WebLinks(style: .files), templates: try TemplateLibrary.load())
        let folder = URL(fileURLWithPath: output)
        let summary = try StaticReport(site: site).write(to: folder)
        print("wrote \(summary.files) pages to \(folder.path): \(summary.meetings) meetings, \(summary.people) people, "
              + "\(summary.policies) policies, \(summary.articles) articles; open \(folder.appendingPathComponent("index.html").path)")
    }
}

import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphModel
import NewsGraphStore

/// `newsgraph ingest PATH...`
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read newspaper pages (files or folders) into the graph; a file that fails leaves the graph as it was without it."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("Page files (.txt, .html, .pdf) or folders to read recursively.", valueName: "path"))
    var paths: [String]

    @Option(help: "The paper, for pages whose path does not say (e.g. jilin-daily).")
    var paper: String?

    @Option(help: ArgumentHelp("The issue date, YYYY-MM-DD, for pages whose path does not say.", valueName: "date"))
    var issueDate: String?

    @Option(help: "The page number of the issue.")
    var page: Int?

    @Option(help: "Files analysed at once (default: the active cores); the graph is the same whatever the number.")
    var workers: Int?

    @Flag(name: [.short, .long], help: "Print only failures and the summary line.")
    var quiet = false

    func validate() throws {
        try DateArgument.validate(issueDate, option: "--issue-date")
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        // A second writer waits for the first; say so once, on standard error.
        let told = NSLock(), path = store.path
        nonisolated(unsafe) var said = false
        let graph = try store.open(onWait: {
            told.lock()
            defer { told.unlock() }
            guard !said else { return }
            said = true
            Terminal.error("ingest: \(path) is being written by another process; waiting for it to finish…")
        })
        let overrides = IssueInfo(paper: paper, date: issueDate.flatMap(SimpleDate.init(iso:)), dateSource: issueDate == nil ? nil : .flag, page: page)
        let ingestor = try Ingestor(store: graph, overrides: overrides, workers: workers)
        let start = Date()
        let showsProgress = Terminal.stderrIsTerminal
        let report = try ingestor.ingest(paths: paths) { progress in
            guard showsProgress else { return }
            Terminal.progress(IngestProgressLine.text(for: progress, elapsed: Date().timeIntervalSince(start)))
        }
        Terminal.endProgress()
        for warning in report.warnings { Terminal.error("warning: \(warning.description)") }
        var inserted = 0, replaced = 0, unchanged = 0, duplicates = 0
        for file in report.files {
            switch file.outcome {
            case .inserted?: inserted += 1
            case .replaced?: replaced += 1
            case .unchanged?: unchanged += 1
            case .duplicate(let other)?:
                duplicates += 1
                let named = file.source.map { $0 == file.path ? file.path : "\(file.path) (\($0))" } ?? file.path
                Terminal.error("duplicate: \(named) has the same content as \(other), stored once")
            case nil: Terminal.error("error: \(file.error!.description)")
            }
        }
        if !quiet && report.failed.count < report.files.count {
            print(try IngestSummary(store: graph).render(paths: report.files.filter { $0.error == nil }.compactMap(\.source)))
        }
        let seconds = Date().timeIntervalSince(start)
        let summary = "\(report.files.count) file(s): \(inserted) new, \(replaced) replaced, \(unchanged) unchanged, "
            + (duplicates > 0 ? "\(duplicates) duplicate, " : "") + "\(report.failed.count) failed; \(report.characters) characters in \(String(format: "%.1f", seconds)) s → \(store.path)"
        if report.failed.isEmpty { print(summary) } else { Terminal.error(summary) }
        if !report.failed.isEmpty { throw ExitCode(1) }
    }
}

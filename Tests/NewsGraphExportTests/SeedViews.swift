import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphStore
import Testing

/// Views of the real seed page (吉林日报, 2022-06-17, page 1) for the export writers' tests,
/// and the counts the DOT drawing of a view shows.
enum SeedViews {
    /// The package root: three levels up from this file (`Tests/NewsGraphExportTests/…`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPage = packageRoot.appendingPathComponent("seeds/000_c5d73bdcbf217987.txt").path

    /// The views every writer is checked on, by name.
    static let names = ["meeting-dispatch", "meeting-executive", "person-han-jun", "policy-relief", "whole"]

    /// Runs `body` with a fresh temporary folder, deleted after.
    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphExportTests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Runs `body` with a builder over a fresh SQLite file holding the seed page.
    static func withBuilder<T>(_ body: (GraphViewBuilder) throws -> T) throws -> T {
        try withFolder { folder in
            let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
            let report = try Ingestor(store: store).ingest(paths: [seedPage])
            try #require(report.failed.isEmpty, "the seed page did not ingest")
            return try body(GraphViewBuilder(store: store))
        }
    }

    /// The view called `name` (see `names`).
    static func view(_ name: String, from builder: GraphViewBuilder) throws -> GraphView {
        switch name {
        case "meeting-dispatch": try builder.meeting(matching: "畜禽粪污")
        case "meeting-executive": try builder.meeting(matching: "常务会议")
        case "person-han-jun": try builder.person(named: "韩俊", depth: 2)
        case "policy-relief": try builder.policy(matching: "社会保险助企纾困政策")
        default: try builder.whole()
        }
    }

    /// How many lines the DOT of `view` draws between its nodes: one per pair (`DOTWriter.mergingParallel`).
    static func pairCount(_ view: GraphView) -> Int {
        Set(view.edges.map { [$0.from, $0.to] }).count
    }

    /// How many graph nodes and edges `dot` declares, legend left out: node statements and
    /// edge statements between `n_…` identifiers.
    static func dotCounts(_ dot: String) -> (nodes: Int, edges: Int) {
        var nodes = 0, edges = 0
        for line in dot.split(separator: "\n") {
            let text = line.drop { $0 == " " }
            guard text.hasPrefix("n_") else { continue }
            if text.contains(" -> ") { edges += 1 } else { nodes += 1 }
        }
        return (nodes, edges)
    }
}

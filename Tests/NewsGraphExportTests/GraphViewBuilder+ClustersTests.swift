import Foundation
import NewsGraph
@testable import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

/// Clusters by province and organisation on the seed page (吉林) and a page of 江苏.
@Suite("GraphViewBuilder: clusters")
struct GraphViewBuilderClustersTests {
    /// Runs `body` with a builder over the seed page and `GraphViewBuilderJurisdictionTests.jiangsuPage`.
    func withTwoProvinces<T>(_ body: (GraphViewBuilder) throws -> T) throws -> T {
        try SeedViews.withFolder { folder in
            let page = folder.appendingPathComponent("jiangsu.txt")
            try Data(GraphViewBuilderJurisdictionTests.jiangsuPage.utf8).write(to: page)
            let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
            try #require(try Ingestor(store: store).ingest(paths: [SeedViews.seedPage]).failed.isEmpty)
            let other = try Ingestor(store: store, overrides: IssueInfo(paper: "xinhua-daily", date: SimpleDate(iso: "2022-06-21")))
            try #require(try other.ingest(paths: [page.path]).failed.isEmpty)
            return try body(GraphViewBuilder(store: store))
        }
    }

    /// The cluster of the node labelled `label`.
    func cluster(of label: String, in view: GraphView) -> String? {
        view.nodes.first { $0.label == label }?.cluster
    }

    @Test("by province: each governor with his province's post and meetings; only cluster changes")
    func province() throws {
        try withTwoProvinces { builder in
            let whole = try builder.whole()
            let view = try builder.clustered(whole, by: .province)
            #expect(cluster(of: "韩俊", in: view) == "吉林" && cluster(of: "吉林省长", in: view) == "吉林")
            #expect(cluster(of: "许昆林", in: view) == "江苏" && cluster(of: "江苏省长", in: view) == "江苏")
            let governor = try #require(view.nodes.first { $0.label == "许昆林" })
            let chaired = Set(view.edges.filter { $0.from == governor.id }.map(\.to))
            let jiangsuMeeting = try #require(view.nodes.first { $0.kind == .meeting && chaired.contains($0.id) })
            #expect(jiangsuMeeting.cluster == "江苏", "a meeting joins its people's province")
            #expect(view.edges == whole.edges && view.nodes.map(\.id) == whole.nodes.map(\.id))
            var unclustered = view
            unclustered.nodes = view.nodes.map { var node = $0; node.cluster = nil; return node }
            #expect(unclustered == whole)
            let sizes = Dictionary(grouping: view.nodes.compactMap(\.cluster), by: { $0 }).mapValues(\.count)
            #expect(sizes.values.allSatisfy { $0 > 1 }, "no cluster of one node")
        }
    }

    @Test("by organisation: people go to the organisation printed with their posts, province-qualified")
    func organization() throws {
        try withTwoProvinces { builder in
            let view = try builder.clustered(try builder.whole(), by: .organization)
            #expect(cluster(of: "韩俊", in: view) == "吉林省委")
            #expect(cluster(of: "许昆林", in: view) == "江苏省委")
        }
    }

    @Test("the winner: highest count, ties by the order given, then by name")
    func winner() {
        #expect(GraphViewBuilder.winner(["江苏": 1, "吉林": 2], order: []) == "吉林")
        #expect(GraphViewBuilder.winner(["江苏": 1, "吉林": 1], order: GraphViewBuilder.provinceNames) == "吉林")
        #expect(GraphViewBuilder.winner(["b": 1, "a": 1], order: []) == "a")
        #expect(GraphViewBuilder.winner([:], order: []) == nil)
    }
}

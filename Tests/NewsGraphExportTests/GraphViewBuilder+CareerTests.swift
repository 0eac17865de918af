import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

/// The career timeline: posts and meetings by month, on `DOTWriter`'s date axis.
@Suite("GraphViewBuilder: career timeline")
struct GraphViewBuilderCareerTests {
    @Test("posts and meetings ranked by month, meetings of one name in one month one node, no edges")
    func career() throws {
        try PersonPages.withBuilder { builder in
            let view = try builder.career(named: "韩俊")
            #expect(view.layoutHint == .timeline && view.edges.isEmpty)
            #expect(view.title.hasPrefix("履历：韩俊"))
            #expect(view.nodes.allSatisfy { $0.rank == "2022-06" })
            let meetings = view.nodes.filter { $0.kind == .meeting && $0.label == "省政府常务会议" }
            #expect(meetings.count == 1)
            #expect(meetings.first?.subtitle == "主持 ×2\n2022-06-02、2022-06-09")
            #expect(view.nodes.contains { $0.kind == .post && $0.label == "吉林省长" })
            #expect(!view.nodes.contains { $0.kind == .person })
        }
    }

    @Test("the same graph gives the same DOT, with one axis node per month")
    func stableDOT() throws {
        try PersonPages.withBuilder { builder in
            let dot = try DOTWriter().write(try builder.career(named: "韩俊"))
            #expect(dot == (try DOTWriter().write(try builder.career(named: "韩俊"))))
            #expect(dot.contains("t_0000 [label=\"2022-06\"") && !dot.contains("t_0001"))
        }
    }

    @Test("a month from a date; none, or no year, is undated", arguments: [
        ("2022-06-16", "2022-06"), ("2022-06", "2022-06"), ("06-16", GraphViewBuilder.undatedRank), ("", GraphViewBuilder.undatedRank),
    ])
    func month(date: String, month: String) {
        #expect(GraphViewBuilder.month(of: date.isEmpty ? nil : date) == month)
    }

    @Test("an unknown person is not found")
    func unknown() throws {
        try SeedViews.withBuilder { builder in
            #expect(throws: NewsGraphError.self) { try builder.career(named: "无此人") }
        }
    }
}

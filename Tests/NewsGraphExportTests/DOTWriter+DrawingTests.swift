import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

/// `DOTWriter.layout`, `size` and `includesLegend`: each changes the DOT as stated, and unset
/// they change nothing.
@Suite("DOTWriter: layout, size and legend")
struct DOTWriterDrawingTests {
    let view = GraphViewSamples.meetingView()

    @Test("unset, the options leave the DOT as it was")
    func defaults() throws {
        let plain = try DOTWriter().write(view)
        #expect(try DOTWriter(includesLegend: true, layout: nil, size: nil).write(view) == plain)
        #expect(plain.contains("layout=dot") && plain.contains("cluster_legend") && !plain.contains(" size="))
    }

    @Test("layout overrides the engine chosen by size: neato and sfdp with a table legend, dot for a large view")
    func layout() throws {
        let neato = try DOTWriter(layout: .neato).write(view)
        #expect(neato.contains("layout=neato") && !neato.contains("layout=dot"))
        #expect(neato.contains("legend_table"))
        #expect(neato.contains("label=\"主持 · 讲话\""), "neato keeps edge labels")
        let sfdp = try DOTWriter(layout: .sfdp).write(view)
        #expect(sfdp.contains("layout=sfdp") && sfdp.contains("label=\"\","))
        let large = GraphView(title: view.title, nodes: view.nodes, edges: view.edges, layoutHint: .large)
        #expect(try DOTWriter().write(large).contains("layout=sfdp"))
        #expect(try DOTWriter(layout: .dot).write(large).contains("layout=dot"))
    }

    @Test("no legend: no legend cluster, the graph's nodes and edges unchanged")
    func noLegend() throws {
        let with = try DOTWriter().write(view), without = try DOTWriter(includesLegend: false).write(view)
        #expect(!without.contains("legend"))
        #expect(SeedViews.dotCounts(with) == SeedViews.dotCounts(without))
    }

    @Test("size writes size=\"W,H\"; Graphviz's dot then draws the picture no larger", .enabled(if: GraphvizRenderer().executablePath != nil))
    func size() throws {
        let size = try #require(DOTSize("3,2.5"))
        let renderer = GraphvizRenderer()
        let small = try renderer.writer(from: DOTWriter(size: size)).write(view)
        #expect(small.contains("size=\"3,2.5\""))
        func points(_ dot: String) throws -> (Double, Double) {
            let svg = String(decoding: try renderer.renderData(dot: dot, format: .svg), as: UTF8.self)
            let w = try #require(svg.firstMatch(of: /<svg width="([0-9.]+)pt" height="([0-9.]+)pt"/))
            return (Double(w.1)!, Double(w.2)!)
        }
        let (width, height) = try points(small)
        #expect(width <= 3 * 72 + 1 && height <= 2.5 * 72 + 1)
        let (naturalWidth, _) = try points(try renderer.writer().write(view))
        #expect(naturalWidth > 3 * 72 + 1, "the sample is wider than 3 in unscaled")
    }

    @Test("--size values: two positive numbers separated by a comma")
    func sizeParsing() {
        #expect(DOTSize("10,8") == DOTSize(width: 10, height: 8))
        #expect(DOTSize(" 7.5 , 10 ")?.attributeValue == "7.5,10")
        for bad in ["10", "10,", "0,5", "-1,4", "a,b", "1,2,3", "inf,2"] { #expect(DOTSize(bad) == nil, "\(bad)") }
    }
}

import Foundation
import NewsGraphExport
import NewsGraphModel
import Testing

/// These tests run the real Graphviz `dot` (and `fc-list`) installed on the machine.
@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    /// Renders a view to SVG through a temporary file and collects its `<text>` elements.
    private func svgTexts(_ view: GraphView) throws -> GraphvizSVGTextCollector {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("view.svg")
        try renderer.render(view, format: .svg, to: output)
        let svg = try Data(contentsOf: output)
        return try #require(GraphvizSVGTextCollector.collect(svg: svg))
    }

    @Test("Graphviz is installed and found")
    func found() throws {
        let path = try #require(renderer.executablePath)
        #expect(FileManager.default.isExecutableFile(atPath: path))
        #expect(try renderer.version().contains("graphviz version"))
    }

    @Test("a label with a quote, a backslash and a line break survives into the SVG")
    func escapedLabel() throws {
        let view = GraphView(title: "转义 \"test\"", nodes: [
            GraphNode(id: "person:odd", label: "a\"b\\c\nline 2\r", kind: .person),
            GraphNode(id: "meeting:\"quoted\" \\ id", label: "会议", kind: .meeting, subtitle: "x\\ny"),
        ], edges: [
            GraphEdge(from: "person:odd", to: "meeting:\"quoted\" \\ id", label: "出\"席\\", kind: .attended),
        ])
        let texts = try svgTexts(view).texts
        #expect(texts.contains("a\"b\\c"))
        #expect(texts.contains("line 2"))
        #expect(texts.contains("x\\ny"))
        #expect(texts.contains("出\"席\\"))
        #expect(texts.contains("转义 \"test\""))
    }

    @Test("Chinese labels are SVG text in a CJK font")
    func chineseText() throws {
        let collector = try svgTexts(GraphViewSamples.meetingView())
        let cjk = ["Noto Sans CJK", "WenQuanYi", "Source Han Sans", "Noto Sans SC", "AR PL", "Droid Sans Fallback"]
        for label in ["韩俊", "省长", "省政府2022年第14次常务会议", "《吉林省稳经济一揽子政策措施》", "主持 · 讲话", "人物 person"] {
            let index = try #require(collector.texts.firstIndex(of: label), "no <text> \(label)")
            let family = collector.fontFamilies[index]
            #expect(cjk.contains { family.contains($0) }, "font-family \(family) names no CJK font")
        }
        if let installed = renderer.installedCJKFont() {
            #expect(collector.fontFamilies.allSatisfy { $0.hasPrefix(installed) })
        }
    }

    @Test("the installed CJK font is one fontconfig lists for Chinese",
          .enabled(if: GraphvizRenderer.locateExecutable(named: "fc-list", fallbacks: ["/usr/bin/fc-list"]) != nil))
    func installedFont() throws {
        let font = try #require(renderer.installedCJKFont())
        #expect(renderer.installedCJKFont() == font)
        #expect(renderer.writer().fontList.hasPrefix(font))
        #expect(renderer.writer().fontList.contains("Noto Sans CJK SC"))
    }

    @Test("fc-list output is parsed with preferences, aliases and escapes")
    func fontChoice() {
        let wqy = "WenQuanYi Micro Hei Mono,文泉驛等寬微米黑,文泉驿等宽微米黑\nWenQuanYi Micro Hei,文泉驛微米黑,文泉驿微米黑\n"
        #expect(GraphvizRenderer.chooseCJKFont(fromFontList: wqy) == "WenQuanYi Micro Hei")
        let noto = wqy + "Noto Sans CJK JP,Noto Sans CJK SC,Noto Sans CJK TC\n"
        #expect(GraphvizRenderer.chooseCJKFont(fromFontList: noto) == "Noto Sans CJK SC")
        #expect(GraphvizRenderer.chooseCJKFont(fromFontList: "Zeta Song\\,Bold,Zeta\nAlpha Kai\n") == "Alpha Kai")
        #expect(GraphvizRenderer.chooseCJKFont(fromFontList: "\n") == nil)
    }

    @Test("every layout hint gives DOT that Graphviz lays out", arguments: GraphLayoutHint.allCases)
    func everyHint(hint: GraphLayoutHint) throws {
        var views = [GraphViewSamples.meetingView(), GraphViewSamples.timelineView(),
                     GraphViewSamples.generatedView(nodeCount: 40, edgeCount: 80)]
        for index in views.indices { views[index].layoutHint = hint }
        for view in views {
            let dot = try renderer.writer().write(view)
            let svg = try renderer.renderData(dot: dot, format: .svg)
            let collector = try #require(GraphvizSVGTextCollector.collect(svg: svg))
            #expect(collector.texts.contains(view.title))
        }
    }

    @Test("a view past the node limit is laid out by sfdp")
    func sfdpRender() throws {
        let view = GraphViewSamples.generatedView(nodeCount: 300, edgeCount: 900)
        let dot = try renderer.writer().write(view)
        #expect(dot.contains("layout=sfdp"))
        let svg = String(decoding: try renderer.renderData(dot: dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">实体299<"))
        #expect(svg.contains(">图例 Legend<"))
        #expect(svg.contains(">主持 presided<"))
    }

    @Test("PNG and PDF are written")
    func binaryFormats() throws {
        let dot = try renderer.writer().write(GraphViewSamples.meetingView())
        #expect(try renderer.renderData(dot: dot, format: .png).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(try renderer.renderData(dot: dot, format: .pdf).prefix(4) == Data("%PDF".utf8))
    }

    @Test("Graphviz's own message is reported when it fails")
    func graphvizFailure() {
        #expect {
            try renderer.renderData(dot: "digraph { a -> ; }", format: .svg)
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .external && error.message.contains("exited with status") && error.message.contains("syntax error")
        }
    }

    @Test("a missing dot program is a clear error")
    func missingBinary() {
        let bogus = GraphvizRenderer(executablePath: "/nonexistent/graphviz/bin/dot")
        #expect(bogus.executablePath == "/nonexistent/graphviz/bin/dot")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("never-written.svg")
        #expect {
            try bogus.render(GraphViewSamples.meetingView(), format: .svg, to: output)
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .external && error.file == "/nonexistent/graphviz/bin/dot"
                && error.description.contains("install graphviz")
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(GraphvizRenderer.locateExecutable(named: "dot", searchPath: "/nonexistent:/also-missing") == nil)
    }

    /// An executable `/bin/sh` script standing in for `dot`, in `folder`.
    private func standInDot(_ body: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("dot")
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    @Test("a Graphviz past its time limit is stopped with an error naming the output")
    func timeLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let slow = GraphvizRenderer(executablePath: try standInDot("exec sleep 60", in: folder), timeLimit: 1)
        let output = folder.appendingPathComponent("meeting.svg")
        let started = Date()
        #expect {
            try slow.render(dot: "digraph { a -> b }", format: .svg, to: output)
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .external && error.file == output.path && error.message.contains("did not finish within 1 s")
        }
        #expect(Date().timeIntervalSince(started) < 30, "the time limit must stop the program, never let it hang")
    }

    @Test("a megabyte of Graphviz warnings is returned, with the DOT read from standard input")
    func chattyGraphviz() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chatty = GraphvizRenderer(executablePath: try standInDot("""
            head -c 1048576 /dev/zero | tr '\\000' 'w' >&2
            cat > "$3"
            """, in: folder), timeLimit: 20)
        let output = folder.appendingPathComponent("meeting.svg")
        let warnings = try chatty.render(dot: "digraph { a -> b }", format: .svg, to: output)
        #expect(warnings.count == 1_048_576)
        #expect(try String(contentsOf: output, encoding: .utf8) == "digraph { a -> b }")
    }
}

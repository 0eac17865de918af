import Foundation
import NewsGraph
@testable import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

/// The graph views built from the real seed page (吉林日报, 2022-06-17, page 1).
@Suite("GraphViewBuilder")
struct GraphViewBuilderTests {
    /// The package root: three levels up from this file (`Tests/NewsGraphExportTests/…`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPage = packageRoot.appendingPathComponent("seeds/000_c5d73bdcbf217987.txt").path

    /// Runs `body` with a builder over a fresh SQLite file holding the seed page.
    @discardableResult
    func withSeed<T>(_ body: (GraphViewBuilder) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("GraphViewBuilderTests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
        let report = try Ingestor(store: store).ingest(paths: [Self.seedPage])
        try #require(report.failed.isEmpty, "the seed page did not ingest")
        return try body(GraphViewBuilder(store: store))
    }

    /// The node of `view` labelled `label`.
    func node(_ view: GraphView, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> GraphNode {
        try #require(view.nodes.first { $0.label == label }, "no node \(label) in \(view.title)", sourceLocation: sourceLocation)
    }

    /// The edges of `kind` between the nodes labelled `from` and `to`.
    func edges(_ view: GraphView, from: String, to: String, kind: RelationKind) throws -> [GraphEdge] {
        let a = try node(view, from), b = try node(view, to)
        return view.edges.filter { $0.from == a.id && $0.to == b.id && $0.kind == kind }
    }

    @Test("常务会议: the 14th executive meeting, presided by 韩俊, part of its series")
    func executiveMeeting() throws {
        try withSeed { builder in
            let view = try builder.meeting(matching: "常务会议")
            #expect(view.layoutHint == .ranked)
            let meeting = try node(view, "省政府2022年第14次常务会议")
            #expect(meeting.kind == .meeting)
            #expect(meeting.subtitle == "2022-06-16")
            let presided = try edges(view, from: "韩俊", to: "省政府2022年第14次常务会议", kind: .presided)
            #expect(presided.map(\.label) == ["主持"])
            #expect(try node(view, "韩俊").subtitle == "省委副书记、省长")
            #expect(try edges(view, from: "省政府2022年第14次常务会议", to: "省政府2022年常务会议", kind: .partOf).count == 1)
            #expect(try builder.meeting(matching: "常务会议", date: "2022-06-16") == view)
        }
    }

    @Test("畜禽粪污: eight attendees with ordinals 0…7 in printed order, reporters and the chair")
    func dispatchMeeting() throws {
        try withSeed { builder in
            let view = try builder.meeting(matching: "畜禽粪污")
            let meeting = try node(view, "韩俊调度全省畜禽粪污资源化利用情况")
            let attended = view.edges.filter { $0.kind == .attended && $0.to == meeting.id }.sorted { ($0.ordinal ?? -1) < ($1.ordinal ?? -1) }
            let labelOf = Dictionary(uniqueKeysWithValues: view.nodes.map { ($0.id, $0.label) })
            #expect(attended.map { labelOf[$0.from] } == ["吴靖平", "安立佳", "刘凯", "蔡东", "韩福春", "李伟", "王子联", "安桂武"])
            #expect(attended.map(\.ordinal) == Array(0...7))
            #expect(attended.allSatisfy { $0.label == "出席" })
            #expect(try edges(view, from: "韩俊", to: meeting.label, kind: .presided).map(\.label) == ["主持"])
            #expect(try edges(view, from: "韩俊", to: meeting.label, kind: .spoke).map(\.label) == ["讲话"])
            #expect(try edges(view, from: "省畜牧局", to: meeting.label, kind: .reported).map(\.ordinal) == [0])
            #expect(try node(view, "省畜牧局").kind == .organization)
            // The DOT declares the people in the order printed, so Graphviz draws them so.
            let dot = try DOTWriter().write(view)
            let positions = try ["韩俊\\n", "吴靖平\"", "安立佳\"", "刘凯\"", "蔡东\"", "韩福春\"", "李伟\"", "王子联\"", "安桂武\"", "省畜牧局\""].map {
                try #require(dot.range(of: "[label=\"" + $0)?.lowerBound, "\($0) is not declared")
            }
            #expect(positions == positions.sorted())
        }
    }

    @Test("a meeting on another day is not found, and the message names the matching meetings")
    func meetingOnAnotherDay() throws {
        try withSeed { builder in
            #expect {
                try builder.meeting(matching: "畜禽粪污", date: "2022-06-01")
            } throws: { error in
                guard let error = error as? NewsGraphError else { return false }
                return error.kind == .notFound && error.message.contains("韩俊调度全省畜禽粪污资源化利用情况 (2022-06-16)")
            }
        }
    }

    @Test("韩俊: both meetings with his roles, the posts 吉林省委副书记 and 吉林省长")
    func personView() throws {
        try withSeed { builder in
            let view = try builder.person(named: "韩俊")
            #expect(view.nodes.filter { $0.kind == .meeting }.map(\.label).sorted()
                    == ["省政府2022年第14次常务会议", "韩俊调度全省畜禽粪污资源化利用情况"].sorted())
            #expect(try edges(view, from: "韩俊", to: "省政府2022年第14次常务会议", kind: .presided).count == 1)
            #expect(try edges(view, from: "韩俊", to: "韩俊调度全省畜禽粪污资源化利用情况", kind: .spoke).count == 1)
            for post in ["吉林省委副书记", "吉林省长"] {
                #expect(try node(view, post).kind == .post)
                #expect(try edges(view, from: "韩俊", to: post, kind: .holdsPost).map(\.label) == ["任职"])
            }
            #expect(try node(view, "吉林省委副书记").subtitle?.hasPrefix("省委") == true)
            // Depth 1 leaves the other people out; depth 2 brings them with their roles.
            #expect(view.nodes.filter { $0.kind == .person }.map(\.label) == ["韩俊"])
            let deeper = try builder.person(named: "韩俊", depth: 2)
            #expect(deeper.nodes.filter { $0.kind == .person }.count == 9)
            #expect(try edges(deeper, from: "安桂武", to: "韩俊调度全省畜禽粪污资源化利用情况", kind: .attended).map(\.ordinal) == [7])
            #expect(Set(view.nodes).isSubset(of: Set(deeper.nodes)))
        }
    }

    @Test("助企纾困: a timeline issued by 省人社厅 and 省社保局 (省社会保险局) on 2022-05-12, then 2022-06-10")
    func policyView() throws {
        try withSeed { builder in
            let view = try builder.policy(matching: "助企纾困")
            #expect(view.layoutHint == .timeline)
            let ranks = view.nodes.compactMap(\.rank)
            let first = try #require(ranks.firstIndex(of: "2022-05-12"))
            let second = try #require(ranks.firstIndex(of: "2022-06-10"))
            #expect(first < second)
            #expect(ranks == ranks.sorted())
            let dated = view.nodes.filter { $0.rank != nil }
            #expect(dated.allSatisfy { $0.kind == .policy && $0.label == "社会保险助企纾困政策" })
            // 省社保局 and 省社会保险局 are one body, drawn under its full name.
            for body in ["省人社厅", "省社会保险局"] {
                #expect(try node(view, body).kind == .organization)
                let issued = view.edges.filter { $0.from == (try? node(view, body).id) && $0.kind == .issued }
                let days = issued.compactMap { edge in view.nodes.first { $0.id == edge.to }?.rank }.sorted()
                #expect(days == ["2022-05-12", "2022-06-10"])
                #expect(issued.allSatisfy { $0.label == "印发" })
            }
            let may = try #require(dated.first { $0.rank == "2022-05-12" })
            #expect(may.subtitle?.contains("印发") == true)
            #expect(may.subtitle?.contains("《我省社保助企纾困政策快速落位") == true)
            // The writer puts the dates on an axis, oldest first.
            let dot = try DOTWriter().write(view)
            let axis = try ["2022-05-12", "2022-06-10"].map { try #require(dot.range(of: "[label=\"\($0)\", shape=plaintext")?.lowerBound) }
            #expect(axis == axis.sorted())
        }
    }

    @Test("援企稳岗政策 was carried out at the 14th executive meeting: a 落实 edge from it")
    func policyCarriedOut() throws {
        try withSeed { builder in
            let view = try builder.policy(matching: "援企稳岗")
            let meeting = try node(view, "省政府2022年第14次常务会议")
            #expect(view.edges.contains { $0.from == meeting.id && $0.kind == .implements && $0.label == "落实" })
        }
    }

    @Test("the whole graph, cut down by kinds and dates")
    func wholeGraph() throws {
        try withSeed { builder in
            let all = try builder.whole()
            #expect(all.layoutHint == .ranked)
            #expect(Set(all.nodes.map(\.kind)) == Set(EntityKind.allCases))
            let people = try builder.whole(kinds: [.person, .meeting])
            #expect(Set(people.nodes.map(\.kind)) == [.person, .meeting])
            #expect(Set(people.edges.map(\.kind)).isSubset(of: Set(RelationKind.meetingRoles + [.partOf])))
            #expect(people.edges.contains { $0.kind == .attended && $0.ordinal == 7 })
            let dated = try builder.whole(from: "2022-06-16", to: "2022-06-16")
            #expect(!dated.nodes.isEmpty && dated.nodes.count <= all.nodes.count)
            #expect(throws: NewsGraphError.self) { try builder.whole(from: "2023-01-01") }
            var small = builder
            small.largeViewNodeLimit = 10
            let large = try small.whole()
            #expect(large.layoutHint == .large)
            #expect(large.edges.allSatisfy { !$0.label.isEmpty })
            #expect(large.edges.contains { $0.ordinal != nil })
            let dot = try DOTWriter().write(large)
            #expect(dot.contains("layout=sfdp"))
            let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> n_") }
            #expect(!edgeLines.isEmpty && edgeLines.allSatisfy { $0.contains("[label=\"\",") })
        }
    }

    @Test("every view renders with Graphviz, its Chinese names as SVG text")
    func rendersWithGraphviz() throws {
        let renderer = GraphvizRenderer()
        try withSeed { builder in
            let views: [(GraphView, [String])] = [
                (try builder.meeting(matching: "常务会议"), ["省政府2022年第14次常务会议", "韩俊", "主持"]),
                (try builder.meeting(matching: "畜禽粪污"), ["吴靖平", "安桂武", "省畜牧局", "出席 #8"]),
                (try builder.person(named: "韩俊", depth: 2), ["韩俊", "吉林省委副书记", "吉林省长", "蔡东"]),
                (try builder.policy(matching: "助企纾困"), ["社会保险助企纾困政策", "省人社厅", "省社会保险局", "2022-05-12", "印发"]),
                (try builder.whole(), ["韩俊", "景俊海", "长春"]),
            ]
            for (view, names) in views {
                let svg = try renderer.renderData(dot: try renderer.writer().write(view), format: .svg)
                let texts = try #require(GraphvizSVGTextCollector.collect(svg: svg)).texts
                #expect(texts.contains(view.title))
                for name in names { #expect(texts.contains(name), "no <text>\(name)</text> in \(view.title)") }
            }
        }
    }

    @Test("two ingests of the seed give byte-identical DOT for every view")
    func deterministic() throws {
        func dots() throws -> [String] {
            try withSeed { builder in
                try [builder.meeting(matching: "常务会议"), builder.meeting(matching: "畜禽粪污"),
                     builder.person(named: "韩俊", depth: 2), builder.policy(matching: "助企纾困"), builder.whole()]
                    .map { try DOTWriter().write($0) }
            }
        }
        let first = try dots()
        #expect(first == (try dots()))
    }

    @Test("a view without facts draws the same DOT; the whole graph's edges then carry no evidence")
    func withoutFacts() throws {
        try withSeed { builder in
            var drawing = builder
            drawing.readsFacts = false
            let views: [(GraphViewBuilder) throws -> GraphView] = [
                { try $0.meeting(matching: "常务会议") }, { try $0.person(named: "韩俊", depth: 2) },
                { try $0.policy(matching: "助企纾困") }, { try $0.whole() },
            ]
            for make in views {
                let full = try make(builder), bare = try make(drawing)
                #expect(try DOTWriter().write(bare) == (try DOTWriter().write(full)))
                #expect(bare.nodes.map(\.id) == full.nodes.map(\.id))
            }
            // The whole graph's edges all stand for stored relations, whose evidence is not read.
            #expect(try drawing.whole().edges.allSatisfy { $0.evidence == nil })
            // Nor are keys made: a drawing's node is keyed by its id, an export's by its stored entity.
            #expect(try drawing.whole().nodes.allSatisfy { $0.key == $0.id })
            #expect(try builder.whole().nodes.contains { $0.key != $0.id })
            #expect(try builder.whole().edges.contains { $0.evidence != nil })
        }
    }

    @Test("an unknown name throws not-found with close matches", arguments: [
        ("person", "韩俊杰", "韩俊"), ("meeting", "常务大会", "常务会议"), ("policy", "助企政策措施", "助企纾困政策"),
    ])
    func unknownName(kind: String, name: String, suggestion: String) throws {
        try withSeed { builder in
            #expect {
                switch kind {
                case "person": _ = try builder.person(named: name)
                case "meeting": _ = try builder.meeting(matching: name)
                default: _ = try builder.policy(matching: name)
                }
            } throws: { error in
                guard let error = error as? NewsGraphError else { return false }
                return error.kind == .notFound && error.message.contains("close matches: ") && error.message.contains(suggestion)
                    && error.message.contains(name)
            }
        }
    }

    @Test("a depth below 1 is refused")
    func badDepth() throws {
        try withSeed { builder in
            #expect(throws: NewsGraphError.self) { try builder.person(named: "韩俊", depth: 0) }
        }
    }

    @Test("namesakes of one kind are told apart by their distinction, else by handle")
    func namesakes() {
        var assembly = GraphViewAssembly()
        assembly.addNode("e:1", kind: .meeting, name: "省政府常务会议", distinction: "2022-06-01")
        assembly.addNode("e:2", kind: .meeting, name: "省政府常务会议", distinction: "2022-06-16")
        assembly.addNode("e:3", kind: .organization, name: "省委", distinction: "x")
        assembly.addNode("e:4", kind: .organization, name: "省委", distinction: "x")
        assembly.addNode("e:5", kind: .person, name: "韩俊", distinction: "5", order: "0")
        assembly.addEdge(from: "e:5", to: "e:2", kind: .presided, label: "主持")
        assembly.addEdge(from: "e:5", to: "e:9", kind: .presided, label: "主持")
        let view = assembly.view(title: "t", layoutHint: .ranked)
        #expect(view.nodes.map(\.id) == ["0 person:韩俊", "meeting:省政府常务会议#2022-06-01", "meeting:省政府常务会议#2022-06-16",
                                         "organization:省委#x#e:3", "organization:省委#x#e:4"])
        #expect(view.edges == [GraphEdge(from: "0 person:韩俊", to: "meeting:省政府常务会议#2022-06-16", label: "主持", kind: .presided)])
        #expect(view.nodes.map(\.key) == ["person:韩俊", "meeting:省政府常务会议#2022-06-01", "meeting:省政府常务会议#2022-06-16",
                                          "organization:省委#x#e:3", "organization:省委#x#e:4"])
    }

    @Test("stable keys: given, else the stored entity's, else computed; an edge keeps its least facts")
    func keysAndFacts() {
        var assembly = GraphViewAssembly()
        assembly.addNode("e:7", kind: .person, name: "韩俊", distinction: "7")
        assembly.addNode("post:省长", kind: .post, name: "省长", distinction: "", key: "post:省长#省政府")
        assembly.addNode("n:place:长春", kind: .place, name: "长 春", distinction: "")
        assembly.addEdge(from: "e:7", to: "post:省长", kind: .holdsPost, label: "任职", relationId: 41)
        assembly.addEdge(from: "e:7", to: "post:省长", kind: .holdsPost, label: "任职",
                         facts: .init(date: "2022-06-17", article: "bbbbbbbbbbbb-1", evidence: "后"))
        assembly.addEdge(from: "e:7", to: "n:place:长春", kind: .heldIn, label: "举行于")
        #expect(assembly.entityIds == [7])
        #expect(assembly.relationIds == [41])
        let view = assembly.view(title: "t", layoutHint: .ranked, keys: [7: "person:韩俊@吉林"],
                                 relationFacts: [41: RelationFacts(date: "2022-06-16", article: "aaaaaaaaaaaa-0", evidence: "先")])
        #expect(Set(view.nodes.map(\.key)) == ["person:韩俊@吉林", "post:省长#省政府", "place:长春"])
        let post = view.edges.first { $0.kind == .holdsPost }
        #expect(post?.date == "2022-06-16")
        #expect(post?.article == "aaaaaaaaaaaa-0")
        #expect(post?.evidence == "先")
        #expect(view.edges.first { $0.kind == .heldIn }?.date == nil)
    }

    @Test("the meeting view's nodes carry stable keys and dates, its edges day, article and evidence")
    func exportFields() throws {
        try withSeed { builder in
            let view = try builder.meeting(matching: "常务会议")
            let meeting = try #require(view.nodes.first { $0.kind == .meeting && $0.date != nil })
            #expect(meeting.key.hasPrefix("meeting:"))
            #expect(meeting.date == "2022-06-16")
            #expect(try node(view, "韩俊").key == "person:韩俊")
            let presided = try #require(view.edges.first { $0.kind == .presided })
            #expect(presided.date == "2022-06-16")
            #expect(EntityKey.isArticleKey(presided.article ?? ""))
            #expect(presided.evidence?.contains("韩俊") == true)
            #expect(Set(view.nodes.map(\.key)).count == view.nodes.count)
        }
    }
}

import Foundation
import NewsGraph
@testable import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

/// Posts drawn per province: `吉林省长`, not one `省长` for the governors of every province.
@Suite("GraphViewBuilder: posts per jurisdiction")
struct GraphViewBuilderJurisdictionTests {
    /// A page of another province's paper: 江苏's governor presiding, a vice governor attending.
    static let jiangsuPage = """
        江苏省长许昆林到南京调研

        本报讯 6月20日，江苏省委副书记、省长许昆林在南京主持召开省政府常务会议，研究部署安全生产工作。副省长胡广杰出席会议。

        """

    /// Runs `body` with a builder over the seed page (吉林) and `jiangsuPage`.
    func withTwoProvinces<T>(_ body: (GraphViewBuilder) throws -> T) throws -> T {
        try SeedViews.withFolder { folder in
            let page = folder.appendingPathComponent("jiangsu.txt")
            try Data(Self.jiangsuPage.utf8).write(to: page)
            let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
            try #require(try Ingestor(store: store).ingest(paths: [SeedViews.seedPage]).failed.isEmpty)
            let other = try Ingestor(store: store, overrides: IssueInfo(paper: "xinhua-daily", date: SimpleDate(iso: "2022-06-21")))
            try #require(try other.ingest(paths: [page.path]).failed.isEmpty)
            return try body(GraphViewBuilder(store: store))
        }
    }

    /// The labels of the posts `person` holds in `view`.
    func posts(of person: String, in view: GraphView) -> Set<String> {
        guard let subject = view.nodes.first(where: { $0.kind == .person && $0.label == person }) else { return [] }
        let targets = Set(view.edges.filter { $0.from == subject.id && $0.kind == .holdsPost }.map(\.to))
        return Set(view.nodes.filter { targets.contains($0.id) }.map(\.label))
    }

    @Test("省长 is prefixed with its holder's province; posts naming their place, or not relative to one, as printed")
    func postNames() {
        #expect(GraphViewBuilder.postName("省长", province: "吉林") == "吉林省长")
        #expect(GraphViewBuilder.postName("副省长", province: "江苏") == "江苏副省长")
        #expect(GraphViewBuilder.postName("省委书记", province: "黑龙江") == "黑龙江省委书记")
        #expect(GraphViewBuilder.postName("吉林省委书记", province: "吉林") == "吉林省委书记")
        #expect(GraphViewBuilder.postName("记者", province: "吉林") == "记者")
        #expect(GraphViewBuilder.postName("市委书记", province: "吉林") == "市委书记")
        #expect(GraphViewBuilder.postName("省长", province: nil) == "省长")
        #expect(GraphViewBuilder.province(of: "甲", in: [1, 2], provinces: [1: ["甲": "吉林"], 2: ["甲": "吉林"]]) == "吉林")
        #expect(GraphViewBuilder.province(of: "甲", in: [1, 2], provinces: [1: ["甲": "吉林"], 2: ["甲": "江苏"]]) == nil)
    }

    @Test("the whole graph of two provinces: 吉林省长 and 江苏省长, each linking its own governor, and no shared 省长")
    func wholeGraph() throws {
        try withTwoProvinces { builder in
            let view = try builder.whole()
            let posts = view.nodes.filter { $0.kind == .post }.map(\.label)
            #expect(!posts.contains("省长") && !posts.contains("省委副书记") && !posts.contains("副省长"))
            #expect(posts.contains("吉林省长") && posts.contains("江苏省长") && posts.contains("江苏副省长"))
            #expect(self.posts(of: "韩俊", in: view) == ["吉林省长", "吉林省委副书记"])
            #expect(self.posts(of: "许昆林", in: view).contains("江苏省长"))
            #expect(!self.posts(of: "许昆林", in: view).contains("吉林省长"))
            #expect(self.posts(of: "胡广杰", in: view) == ["江苏副省长"])
            let governor = try #require(view.nodes.first { $0.label == "吉林省长" })
            #expect(governor.key == "post:吉林省长")
            // The drawing says so too.
            let dot = try DOTWriter().write(view)
            #expect(dot.contains("label=\"吉林省长\"") && dot.contains("label=\"江苏省长\""))
            #expect(!dot.contains("label=\"省长\""))
        }
    }

    @Test("a person's view names the province of each relative post")
    func personView() throws {
        try withTwoProvinces { builder in
            let xu = try builder.person(named: "许昆林"), han = try builder.person(named: "韩俊")
            #expect(posts(of: "许昆林", in: xu).contains("江苏省长"))
            #expect(posts(of: "韩俊", in: han) == ["吉林省长", "吉林省委副书记"])
        }
    }
}

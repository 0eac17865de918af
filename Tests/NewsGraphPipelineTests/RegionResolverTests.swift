import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RegionResolverTests {
    func region(_ text: String, paper: String? = nil) throws -> String? {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText(text), encoding: "UTF-8", issue: IssueInfo(paper: paper))
        try Pipeline([Normalizer(), RegionResolver(lexicon: .shared)]).run(&doc)
        #expect(doc.layers.contains(.issueRegion))
        return doc.issue.region
    }

    @Test func theProvinceOfAKnownPaperWins() throws {
        #expect(try region("吉林省吉林市召开会议，吉林代表团参加。", paper: "henan") == "河南")
        #expect(try region("省委召开会议。", paper: "jilin-daily") == "吉林")
        #expect(try region("省委召开会议。", paper: "dalian") == "辽宁")
        #expect(try region("中央召开会议。", paper: "peoples-daily") == "全国")
    }

    @Test func otherwiseTheProvinceNamedMostOften() throws {
        #expect(try region("河南省代表团到吉林考察，吉林省委书记会见了代表团，双方签署了吉林与河南的合作协议，吉林方面表示欢迎。") == "吉林")
        #expect(try region("省委召开会议。", paper: "unknown-paper") == nil)
        #expect(try region("省委召开会议。") == nil)
    }

    @Test func aTieGoesToTheProvinceListedFirstInTheLexicon() throws {
        let provinces = Lexicon.shared.provinces
        let liaoning = try #require(provinces.firstIndex(of: "辽宁"))
        let jilin = try #require(provinces.firstIndex(of: "吉林"))
        #expect(liaoning < jilin)
        #expect(try region("吉林和辽宁两省召开联席会议。") == "辽宁")
    }

    @Test func theSeedPageIsAJilinPage() throws {
        #expect(try Fixtures.analysed(Fixtures.seedPage).issue.region == "吉林")
    }
}

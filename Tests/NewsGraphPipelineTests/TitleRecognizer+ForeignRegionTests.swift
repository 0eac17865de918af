import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct TitleRecognizerForeignRegionTests {
    func titles(_ text: String) throws -> [String] {
        try Fixtures.sentence(text).mentions(of: .title).map(\.text)
    }

    /// A region abroad that no gazetteer holds is printed with its country before the post.
    @Test func aRegionAbroadIsPrintedWithItsCountry() throws {
        #expect(try titles("省长郑国栋会见了美国俄勒冈州州长马丁。") == ["省长", "美国俄勒冈州州长"])
        #expect(try titles("郑国栋会见了日本石川县知事宋雨桐。").last == "日本石川县知事")
        #expect(try titles("郑国栋会见了韩国江原道知事金大中。").last == "韩国江原道知事")
    }

    /// The country must run straight into the region: after a comma the post has no country.
    @Test func aCountryOutsideTheChainIsNotTheRegions() throws {
        let found = try titles("郑国栋访问美国，俄勒冈州州长马丁会见了他。")
        #expect(!found.contains { $0.hasPrefix("美国") })
    }
}

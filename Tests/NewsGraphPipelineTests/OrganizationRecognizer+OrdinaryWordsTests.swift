import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct OrganizationRecognizerOrdinaryWordsTests {
    @Test func aShortFixedNameInsideAnOrdinaryWordIsNoBody() throws {
        let a = try Fixtures.sentence("全县人民进行了不懈努力，人民建设家园的热情高涨。")
        #expect(a.mentions(of: .organization).isEmpty)
        #expect(OrganizationRecognizer.ordinaryPairs.contains("人民"))
    }

    @Test func theSameNameOpeningAClauseIsTheBody() throws {
        let a = try Fixtures.sentence("会上，民进某某县委主委郑国栋发言。")
        #expect(a.mentions(of: .organization).contains { $0.text.hasPrefix("民进") })
    }
}

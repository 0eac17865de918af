import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct TitleRecognizerStationedTests {
    @Test func aPostAbroadIsTheCountrysNotTheHostCitys() throws {
        let a = try Fixtures.sentence("会见时，韩国驻沈阳总领事郑国栋在座。")
        #expect(a.mentions(of: .title).map(\.text) == ["韩国驻沈阳总领事"])
        #expect(a.mentions(of: .title).map(\.value) == ["韩国驻沈阳"])
    }

    @Test func aPlaceAfterZhuWithoutACountryBeforeItStaysAlone() throws {
        let a = try Fixtures.sentence("派驻沈阳总领事郑国栋在座。")
        #expect(a.mentions(of: .title).map(\.text) == ["沈阳总领事"])
    }
}

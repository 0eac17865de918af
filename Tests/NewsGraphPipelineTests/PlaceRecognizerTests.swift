import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PlaceRecognizerTests {
    /// The place mentions of `text` as (name, rule).
    func places(_ text: String) throws -> [(String, String)] {
        try Fixtures.sentence(text).mentions(of: .place).map { ($0.name, $0.rule) }
    }

    @Test func lexiconPlacesTakeTheirAdministrativeSuffix() throws {
        let found = try places("省委书记景俊海在长春市调研，随后前往吉林省延边州。")
        #expect(found.map(\.0) == ["长春市", "吉林省", "延边州"])
        #expect(found.allSatisfy { $0.1 == "place.lexicon" })
    }

    @Test func aSuffixThatStartsAnOrganisationWordStaysWithTheOrganisation() throws {
        let found = try places("长春市委、吉林省政府联合发文。")
        #expect(found.map(\.0) == ["长春", "吉林"])
    }

    @Test func namesMadeByTheSuffixGrammarAfterABoundary() throws {
        let found = try places("调研组来到罗子沟镇，又到农安县、舒兰市、梨树县调研。")
        #expect(found.map(\.0) == ["罗子沟镇", "农安县", "舒兰市", "梨树县"])
        #expect(found.first?.1 == "place.suffix")
    }

    @Test func phrasesWithSuffixCharactersAreNotPlaces() throws {
        #expect(try places("全省各县要加强监管，每市都要落实，本县也不例外。").isEmpty)
        #expect(try places("农安县政府召开会议。").allSatisfy { $0.0 != "农安县" })
    }

    @Test func spansMatchTheText() throws {
        let a = try Fixtures.sentence("省委副书记、省长韩俊在长春市调研。")
        for m in a.mentions(of: .place) { #expect(a.text.string(m.span) == m.text) }
        #expect(a.mentions(of: .place).map(\.span) == [Span(11, 14)])
    }

    /// Countries and world regions are places, so a post after them is no body (德国总理科尔).
    @Test func countriesAreKnownPlaces() throws {
        let a = try Fixtures.sentence("叶利钦同德国总理科尔在莫斯科会谈，双方谈到东北亚局势和俄罗斯、乌克兰的关系。")
        #expect(a.mentions(of: .place).map(\.name) == ["德国", "东北亚", "俄罗斯", "乌克兰"])
        #expect(a.mentions(of: .organization).isEmpty)
    }

    @Test func aProvinceByItsAbbreviationOnlyWhereAVisitGoesToIt() throws {
        let visit = try Fixtures.sentence("本报讯 9月3日，江西省委书记王大明率江西省党政代表团来湘考察。")
        #expect(visit.mentions(of: .place).contains { $0.text == "湘" && $0.name == "湖南" && $0.rule == "place.abbreviation" })
        #expect(visit.meetings.first { $0.isMain }?.place == "湖南")
        // The same character elsewhere is no place: 湘菜, 来湘 without a visit verb.
        let other = try Fixtures.sentence("他说，湘菜好吃，欢迎大家常来湘。")
        #expect(!other.mentions(of: .place).contains { $0.rule == "place.abbreviation" })
    }

    @Test func aConjunctionStartsNoPlaceName() throws {
        let found = try places("会议听取了长春市及甲乙区贯彻落实情况汇报。")
        #expect(!found.contains { $0.0.hasPrefix("及") })
        #expect(found.map(\.0).contains("甲乙区"))
    }
}

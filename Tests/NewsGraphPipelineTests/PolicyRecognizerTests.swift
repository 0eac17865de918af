import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PolicyRecognizerTests {
    @Test func quotedAndDocumentTitlesAndNamedPolicies() throws {
        let a = try Fixtures.sentence("扎实推进“秸秆变肉”暨千万头肉牛工程，印发《关于激发人才活力支持人才创新创业的若干意见》，落实好援企稳岗政策。")
        #expect(a.names(.policy) == ["“秸秆变肉”暨千万头肉牛工程", "《关于激发人才活力支持人才创新创业的若干意见》", "援企稳岗政策"])
    }

    @Test func issuingBodiesAndDatesOfAPolicy() throws {
        let a = try Fixtures.sentence("省人社厅、省社保局按照省委、省政府工作部署，会同财政、发改、税务部门先后于5月12日与6月10日出台了两轮社会保险助企纾困政策。")
        let issued = a.relations.filter { $0.kind == .issued }
        #expect(Set(issued.compactMap(\.subject?.name)) == ["省人社厅", "省社保局"])
        #expect(Set(issued.compactMap(\.date?.iso)) == ["2022-05-12", "2022-06-10"])
        #expect(issued.allSatisfy { $0.object.name == "社会保险助企纾困政策" })
    }

    @Test func slogansOfSingleCharactersAreNotPolicies() throws {
        let a = try Fixtures.sentence("打出“降、缓、返、补、扩”政策组合拳。")
        #expect(a.names(.policy).isEmpty)
    }
}

import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct OrganizationRecognizerTests {
    @Test func leftBoundaryStopsAtFunctionWords() throws {
        let a = try Fixtures.sentence("6月13日，在省社会保险局咨询相关政策的长春桃李食品有限公司人力资源部张晶璐说。")
        let named = a.mentions(of: .organization).filter { $0.rule != "org.subunit" }.map(\.name)
        #expect(named == ["省社会保险局", "长春桃李食品有限公司"])
        #expect(a.mentions(of: .organization).contains { $0.name == "人力资源部" && $0.rule == "org.subunit" })
    }

    @Test func coordinatedEllipsisDistributesTheHead() throws {
        let a = try Fixtures.sentence("省人社厅、省社保局按照省委、省政府工作部署，会同财政、发改、税务部门出台政策。")
        let names = a.mentions(of: .organization).map(\.name)
        #expect(names.contains("省人社厅"))
        #expect(names.contains("省社保局"))
        #expect(names.contains("省委"))
        #expect(names.contains("省政府"))
        let ellipsis = a.mentions(of: .organization).filter { $0.rule == "org.ellipsis" }.map(\.name)
        #expect(ellipsis == ["财政部门", "发改部门", "税务部门"])
    }

    @Test func distributedNamesExpandOverListedPlaces() throws {
        let a = try Fixtures.sentence("景俊海听取宽城区、绿园区、净月区疫情防控指挥部工作汇报。")
        let names = Set(a.mentions(of: .organization).map(\.name))
        #expect(names.isSuperset(of: ["宽城区疫情防控指挥部", "绿园区疫情防控指挥部", "净月区疫情防控指挥部"]))
    }
}

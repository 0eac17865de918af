import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct OrganizationRecognizerNonBodiesTests {
    @Test func venuesAndCollectivesAreNoBodies() {
        #expect(OrganizationRecognizer.isNonBody("长河大酒店"))
        #expect(OrganizationRecognizer.isNonBody("远山宾馆"))
        #expect(OrganizationRecognizer.isNonBody("省党政军"))
        #expect(!OrganizationRecognizer.isNonBody("远山纪念馆"))
        #expect(!OrganizationRecognizer.isNonBody("省人民政府"))
    }

    @Test func aVenueWhereAMeetingIsHeldIsNotAnOrganisation() throws {
        let a = try Fixtures.sentence("市政协主席会议在长春远山宾馆召开。")
        #expect(!a.mentions(of: .organization).contains { $0.text.hasSuffix("宾馆") })
    }

    @Test func aGoalAPlaceOrAClassOfBodiesIsNoBody() {
        func check(_ text: String, _ name: String) -> Bool {
            let t = ScalarText(text)
            let start = t.occurrences(of: name).first!
            return OrganizationRecognizer.isGoalOrClass(t, Span(start, start + name.unicodeScalars.count), places: Lexicon.shared.places)
        }
        #expect(check("要建设长河区域创新中心", "长河区域创新中心"))
        #expect(check("长河地处远山地理几何中心", "远山地理几何中心"))
        #expect(check("对长河市建设远山物流中心意义重大", "长河市建设远山物流中心"))
        // The verb opening the span after a list mark (、建设某某中心、).
        #expect(check("实施某某工程、建设长河区域医疗中心、发展冰雪经济", "建设长河区域医疗中心"))
        #expect(check("各市县政府负责人参加", "各市县政府"))
        #expect(check("吉林省各委办厅局", "吉林省各委"))
        #expect(!check("长河市政务服务中心主任", "长河市政务服务中心"))
        #expect(!check("省人大各专门委员会", "省人大各专门委员会"))
    }

    @Test func classesOfBodiesAreNotRecognised() throws {
        let a = try Fixtures.sentence("各市县政府和国家有关部委负责同志参加会议。")
        #expect(a.mentions(of: .organization).isEmpty)
    }

    @Test func aVerbOfOrganisingEndingInBanAndAPersonsPassiveMarkOpenNoBody() throws {
        let a = try Fixtures.sentence("要全力做好长河运动会筹办工作。刘一民受市委常委会委托作报告。")
        #expect(!a.mentions(of: .organization).contains { $0.text.hasSuffix("筹办") })
        #expect(a.mentions(of: .organization).map(\.text).contains("市委常委会"))
        #expect(!a.mentions(of: .organization).contains { $0.text.contains("受") })
    }
}

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
}

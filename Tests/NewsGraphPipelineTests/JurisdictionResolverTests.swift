import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

/// Made-up names and sentences: the rules, not any real person.
@Suite struct JurisdictionResolverTests {
    let resolver = JurisdictionResolver(lexicon: .shared)

    func votes(_ text: String, paper: String?) throws -> [String: PersonJurisdiction] {
        let article = try Fixtures.sentence(text)
        var out: [String: PersonJurisdiction] = [:]
        for vote in resolver.jurisdictions(of: article, paperRegion: paper) where vote.evidence != .national || out[vote.name] == nil {
            out[vote.name] = vote
        }
        return out
    }

    @Test func aPostNamingAProvinceIsThatProvinceInAnyPaper() throws {
        let v = try votes("吉林省委书记甄守仁、省长范立言率吉林省党政代表团来江苏考察。", paper: "江苏")
        #expect(v["甄守仁"]?.region == "吉林")
        #expect(v["甄守仁"]?.evidence == .post)
        // The bare 省长 is the delegation's, not the paper's.
        #expect(v["范立言"]?.region == "吉林")
        #expect(v["范立言"]?.evidence == .context)
    }

    @Test func aCityPostIsInItsProvince() throws {
        let v = try votes("大连市委书记范立言到企业调研。", paper: "辽宁")
        #expect(v["范立言"]?.region == "辽宁")
        #expect(v["范立言"]?.evidence == .post)
    }

    @Test func aPostNamingNoPlaceTakesThePaperAsWeakEvidence() throws {
        let province = try votes("省委副书记、省长范立言主持会议。", paper: "吉林")
        #expect(province["范立言"]?.region == "吉林")
        #expect(province["范立言"]?.evidence == .context)
        let city = try votes("市委书记范立言到企业调研。", paper: "辽宁")
        #expect(city["范立言"]?.region == "辽宁")
        #expect(city["范立言"]?.evidence == .paper)
        // A national paper places nobody.
        #expect(try votes("市委书记范立言到企业调研。", paper: "全国")["范立言"] == nil)
    }

    @Test func aNationalPostIsNational() throws {
        let v = try votes("国务院总理郝明远主持召开国务院常务会议。", paper: "吉林")
        #expect(v["郝明远"]?.region == PersonJurisdiction.national)
        #expect(v["郝明远"]?.evidence == .national)
    }

    @Test func aPersonWithoutAPostGetsNoVote() throws {
        #expect(try votes("范立言在会上发言。", paper: "吉林").isEmpty)
    }

    @Test func meetingsAreKeyedByTheirBody() {
        #expect(resolver.jurisdiction(ofMeeting: "十三届全国人大五次会议") == PersonJurisdiction.national)
        #expect(resolver.jurisdiction(ofMeeting: "十九届六中全会") == PersonJurisdiction.national)
        #expect(resolver.jurisdiction(ofMeeting: "吉林省第十三届人民代表大会第五次会议") == "吉林")
        #expect(resolver.jurisdiction(ofMeeting: "中国共产党吉林省第十二次代表大会") == "吉林")
        #expect(resolver.jurisdiction(ofMeeting: "吉林代表团全体会议") == "吉林代表团")
        #expect(resolver.jurisdiction(ofMeeting: "省委十一届十一次全会") == nil)
    }
}

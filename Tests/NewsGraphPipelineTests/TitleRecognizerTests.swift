import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct TitleRecognizerTests {
    /// The title mentions of `text` as (text as printed, organisation part, rule).
    func titles(_ text: String) throws -> [(String, String?, String)] {
        try Fixtures.sentence(text).mentions(of: .title).map { ($0.text, $0.value, $0.rule) }
    }

    @Test func modifiersThatBelongToThePostArePartOfIt() throws {
        #expect(try titles("县财政局一级巡视员郑国栋介绍。").map(\.0) == ["县财政局一级巡视员"])
        #expect(try titles("常务副县长宋雨桐出席。").map(\.0) == ["常务副县长"])
    }

    /// 副 before any head is the deputy's post; heads of works, venues and customs and a company's
    /// rotating chair are posts.
    @Test func deputiesAndTheHeadsOfWorksVenuesAndCustoms() throws {
        #expect(try titles("某某省博物馆副馆长郑国栋、某某研究所副所长宋雨桐介绍。").map(\.0) == ["某某省博物馆副馆长", "某某研究所副所长"])
        #expect(try titles("钢铁厂厂长郑国栋、某某海关副关长宋雨桐出席。").map(\.0).contains("某某海关副关长"))
        #expect(try titles("钢铁厂厂长郑国栋出席。").map(\.0).last?.hasSuffix("厂长") == true)
        #expect(try titles("某某集团轮值董事长郑国栋出席。").map(\.0) == ["某某集团轮值董事长"])
        #expect(try titles("某某国驻华使馆临时代办郑国栋、省政府参事宋雨桐出席。").map(\.0).contains("临时代办"))
    }

    @Test func aPartyCommitteesDepartmentIsOneBodyWithIt() throws {
        let found = try titles("市委宣传部副部长郑国栋主持。")
        #expect(found.map(\.0) == ["市委宣传部副部长"])
        #expect(found.map(\.1) == ["市委宣传部"])
    }

    @Test func aPostWithItsOrganisationAndAPostAlone() throws {
        let found = try titles("省委副书记、省长韩俊主持召开省政府常务会议。")
        #expect(found.map(\.0) == ["省委副书记", "省长"])
        #expect(found.map(\.1) == ["省委", nil])
        #expect(found.map(\.2) == ["title.organ+head", "title.head"])
    }

    @Test func aCompanysScopeBeforeThePostBelongsToIt() throws {
        #expect(try titles("会见了美国某某电气公司全球副总裁兼大中华区总裁郑国栋。").map(\.0) == ["美国某某电气公司全球副总裁兼大中华区总裁"])
        #expect(try titles("会见了某某特别行政区行政长官郑国栋。").map(\.0).last == "行政长官")
        #expect(try titles("会见了泰国某某集团资深副董事长郑国栋。").map(\.0) == ["泰国某某集团资深副董事长"])
    }

    @Test func aPartySchoolIsOneBodyWithItsCommittee() throws {
        #expect(try titles("县委副书记、县委党校校长郑国栋出席。").map(\.0) == ["县委副书记", "县委党校校长"])
    }

    @Test func aGovernmentsDepartmentIsOneBodyWithIt() throws {
        let found = try titles("省政府新闻办主任郑国栋主持。")
        #expect(found.map(\.0) == ["省政府新闻办主任"])
        #expect(found.map(\.1) == ["省政府新闻办"])
    }

    @Test func theHeadOfAStandingCommitteeIsOnePostNotAMember() throws {
        #expect(try titles("全国人大常委会副委员长宋雨桐出席。").map(\.0) == ["全国人大常委会副委员长"])
    }

    @Test func aFormerHolderKeepsFormerInThePost() throws {
        #expect(try titles("两国前外长郑国栋出席。").map(\.0) == ["前外长"])
    }

    @Test func aRoleAloneAnchorsTheNameButIsNoPost() throws {
        let a = try Fixtures.sentence("会上，委员郑国栋、代表宋雨桐先后发言。全国人大代表陈家豪出席。")
        #expect(a.mentions(of: .person).map(\.name) == ["郑国栋", "宋雨桐", "陈家豪"])
        #expect(a.mentions(of: .title).filter { $0.rule == "title.role" }.map(\.text) == ["委员", "代表"])
        #expect(a.relations.filter { $0.kind == .holdsPost }.map(\.object.name) == ["全国人大代表"])
    }

    @Test func theRuleSaysWhetherTheSeatIsAnOrgan() throws {
        #expect(try titles("县人民检察院检察长郑国栋出席。").map(\.2) == ["title.organ+head"])
        #expect(try titles("长江电力股份有限公司董事长郑国栋出席。").map(\.2) == ["title.org+head"])
    }

    @Test func aPlaceBeforeTheHeadIsItsOrganisation() throws {
        let found = try titles("安徽省副省长王翠凤出席活动。")
        #expect(found.map(\.0) == ["安徽省副省长"])
        #expect(found.first?.1 == "安徽省")
    }

    @Test func withTwoUnitsBeforeItThePostIsTheHeadAndTheOuterUnitItsOrganisation() throws {
        let found = try titles("省社会保险局失业保险处处长柳利梅介绍说。")
        #expect(found.map(\.0) == ["处长"])
        #expect(found.first?.1 == "省社会保险局")
    }

    @Test func headsInsideLongerWordsAreNotPosts() throws {
        #expect(try titles("省人大常委会召开会议。").isEmpty)
        #expect(try titles("召开记者会，省代表团参加。").isEmpty)
        #expect(try titles("全省经济加快恢复增长。").isEmpty)
    }

    @Test func leaderNamedBeforeThePost() throws {
        let a = try Fixtures.sentence("要深入贯彻习近平总书记重要讲话重要指示精神。")
        #expect(a.mentions(of: .title).map(\.text) == ["总书记"])
        #expect(a.posts(of: "习近平") == ["总书记"])
    }

    /// Dev corpus: a head that shares characters with the body before it, and a company's arm in China.
    @Test func postsThatShareOrFollowABody() throws {
        let a = try Fixtures.sentence("中共中央政治局委员杨洁篪致辞。景俊海、韩俊一起在长春会见奥迪中国总裁安世豪、大众中国CEO冯思翰。")
        let posts = a.mentions(of: .title).map(\.text)
        #expect(posts.contains("中共中央政治局委员"))
        #expect(!posts.contains("政治局委员"))
        #expect(posts.contains("奥迪中国总裁"))
        #expect(posts.contains("大众中国CEO"))
        #expect(a.mentions(of: .organization).filter { $0.rule == "org.china-arm" }.map(\.name) == ["奥迪中国", "大众中国"])
    }

    @Test func aDemocraticPartysLocalCommitteeIsTheSeatOfItsPosts() throws {
        let a = try Fixtures.sentence("2月5日，省委召开党外人士座谈会。民革省委主委王大明，民盟省委副主委李小红，九三学社省委主委陈国华参加座谈。")
        #expect(a.mentions(of: .title).map(\.text) == ["民革省委主委", "民盟省委副主委", "九三学社省委主委"])
        let b = try Fixtures.sentence("省军区司令员刘志强、省发展改革委党组成员赵国庆出席。")
        #expect(b.mentions(of: .title).map(\.text) == ["省军区司令员", "省发展改革委党组成员"])
    }

    @Test func anAmbassadorIsPrintedWithTheCountryThatSendsThem() throws {
        let a = try Fixtures.sentence("5月8日，省长王大明在长春会见了智利驻华大使卡洛斯·门多萨一行。")
        #expect(a.mentions(of: .title).map(\.text).contains("智利驻华大使"))
    }
}

extension TitleRecognizerTests {
    @Test func aCreditIsItsPostWithoutTheOutlet() throws {
        let a = try Fixtures.sentence("长河新闻传媒集团记者郑国栋报道。")
        #expect(a.mentions(of: .title).map(\.text) == ["记者"])
    }
}

extension TitleRecognizerTests {
    @Test func aBodyNamedByItsKindIsPrintedWithThePost() throws {
        let a = try Fixtures.sentence("会上，办事处党组成员、副主任郑国栋主持会议。")
        #expect(a.posts(of: "郑国栋") == ["办事处党组成员", "副主任"])
        // Inside a clause the kind is no seat of its own.
        let b = try Fixtures.sentence("会上，郑国栋说办事处主任宋雨桐出席。")
        #expect(!b.mentions(of: .title).contains { $0.text == "办事处主任" })
    }
}

extension TitleRecognizerTests {
    @Test func aFormerPostAndMilitaryStaffPostsAreTitles() throws {
        let a = try Fixtures.sentence("省人大常委会原副主任郑国栋、长河军区副参谋长宋雨桐出席。")
        #expect(a.posts(of: "郑国栋") == ["省人大常委会原副主任"])
        #expect(a.posts(of: "宋雨桐") == ["长河军区副参谋长"])
    }
}

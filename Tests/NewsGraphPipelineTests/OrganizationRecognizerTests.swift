import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct OrganizationRecognizerTests {
    @Test func leftBoundaryStopsAtFunctionWords() throws {
        let a = try Fixtures.sentence("6月13日，在省社会保险局咨询相关政策的长春桃李食品有限公司人力资源部张晶璐说。")
        let named = a.mentions(of: .organization).filter { $0.rule != "org.subunit" }.map(\.name)
        #expect(named == ["省社会保险局", "长春桃李食品有限公司"])
        #expect(a.mentions(of: .organization).contains { $0.text == "人力资源部" && $0.name == "长春桃李食品有限公司人力资源部" && $0.rule == "org.subunit" })
    }

    @Test func deputyAsANounInsideABodysNameIsNoBoundaryButAsAVerbItIs() throws {
        let a = try Fixtures.sentence("会议听取了省人大人事代表选举委员会主任委员郑国栋作的说明。全国人大常委会代表工作委员会负责人出席。")
        let names = a.mentions(of: .organization).map(\.text)
        #expect(names.contains("省人大人事代表选举委员会"))
        #expect(names.contains("全国人大常委会代表工作委员会"))
        // A verb right before 委员会 names the committee's work: 资格审查委员会.
        let c = try Fixtures.sentence("会议审议了省人大常委会代表资格审查委员会的报告。")
        #expect(c.mentions(of: .organization).map(\.text).contains("省人大常委会代表资格审查委员会"))
        let b = try Fixtures.sentence("郑国栋代表省政府致辞。")
        #expect(b.mentions(of: .organization).map(\.text) == ["省政府"])
    }

    @Test func aDepartmentAfterItsParentIsAUnitAndAPostIsNot() throws {
        let a = try Fixtures.sentence("省政府新闻办主任郑国栋、应急管理部副部长宋雨桐出席。")
        #expect(a.mentions(of: .organization).contains { $0.text == "新闻办" && $0.name == "省政府新闻办" && $0.rule == "org.subunit" })
        #expect(!a.mentions(of: .organization).contains { $0.name == "副部" })
        // A post before a name that begins with a unit's character: 副主席|科某某, not a section 副主席科.
        let b = try Fixtures.sentence("市长郑国栋会见了某国议会副主席科尔达诺夫。")
        #expect(!b.mentions(of: .organization).contains { $0.text.hasSuffix("科") })
        #expect(b.mentions(of: .person).map(\.name).contains("科尔达诺夫"))
        // Nor a post and a name's first characters before a body's one-character suffix: 知事|阿部某某.
        let e = try Fixtures.sentence("市长郑国栋会见了日本某某县知事阿部守一。")
        #expect(!e.mentions(of: .organization).contains { $0.text.hasSuffix("阿部") })
        // A suffix that begins a post ends no body: 某某调查总队|副总队长, not 某某调查总队副总队.
        let f = try Fixtures.sentence("某某市调查总队副总队长郑国栋出席。")
        #expect(f.mentions(of: .organization).map(\.text) == ["某某市调查总队"])
        // An academy printed short (某省农科院, 中国社科院) ends in 科院, not in the section 科.
        let g = try Fixtures.sentence("希望中国农科院发挥作用，某省社科院院长郑国栋出席。")
        #expect(g.mentions(of: .organization).map(\.text).contains("中国农科院"))
        // The secretariat is a unit all the same.
        let c = try Fixtures.sentence("中共中央书记处书记郑国栋出席。")
        #expect(c.mentions(of: .organization).contains { $0.text == "书记处" })
        // An ordinary word after a body is no unit of it (省图书馆|举办, 市商务局|承办); 侨办 is one.
        let d = try Fixtures.sentence("省图书馆举办展览，市商务局承办活动，国务院侨办主任郑国栋出席。")
        #expect(!d.mentions(of: .organization).contains { $0.text == "举办" || $0.text == "承办" })
        #expect(d.mentions(of: .organization).contains { $0.name == "国务院侨办" })
    }

    @Test func aBodyEndingInALongerSuffixIsNotCutAtItsFirstCharacter() throws {
        // 办公厅 is one suffix: not 某委办 + 公厅.
        let a = try Fixtures.sentence("县委副书记、县委办公厅主任郑国栋出席。")
        #expect(a.posts(of: "郑国栋") == ["县委副书记", "县委办公厅主任"])
        #expect(!a.mentions(of: .organization).contains { $0.text == "县委办" })
    }

    @Test func aLocalCommitteeKeepsTheNationalBodysNameBeforeIt() throws {
        let a = try Fixtures.sentence("中国人民政治协商会议某某县委员会常务委员会召开会议，政协某某县委员会主席郑国栋主持。")
        let names = a.mentions(of: .organization).map(\.name)
        #expect(names.contains("中国人民政治协商会议某某县委员会常务委员会"))
        #expect(names.contains("政协某某县委员会"))
        #expect(!a.mentions(of: .meeting).contains { $0.name == "中国人民政治协商会议" })
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

    /// Sentences of the dev corpus whose left boundaries went wrong before: a stem starts at the place or
    /// known name inside it, counts and verbs are not names, and a word like 地处 or 全局 ends no body.
    @Test(arguments: [
        ("住吉林市、辽源市省政协委员赴松原市视察。", ["省政协"]),
        ("下一步吉林省政协将围绕中心工作履职。", ["吉林省政协"]),
        ("要坚定人民政协工作的正确政治方向。", ["人民政协"]),
        ("组织全省1.6万人次政协委员和近8千人次政协委员参加视察。", []),
        ("吉林省地处东北亚腹地。", []),
        ("经开区干部到一线值守。", []),
        ("中国农业大学校长孙其信致辞。", ["中国农业大学"]),
        ("省长韩俊作政府工作报告。", []),
        ("会议决定按程序报省委审批。", ["省委"]),
        ("长春市举办第七届冰雪节。", []),
        ("当前吉林处在爬坡过坎的关键阶段。", []),
        ("职业学校和人才中心要加强管理。", []),
        ("吉林省委、江苏省苏州市委负责同志参加。", ["吉林省委", "江苏省苏州市委"]),
        ("景俊海来到东方红(通化)生物医药公司调研。", ["东方红(通化)生物医药公司"]),
        ("欧美同学会(中国留学人员联谊会)党组书记王丕君出席。", ["欧美同学会(中国留学人员联谊会)"]),
        ("按照省人大常委会党组安排部署开展调研。", ["省人大常委会党组"]),
        ("各县（市）社保局负责落实。", []),
    ])
    func leftBoundariesOfTheDevCorpus(sentence: String, expected: [String]) throws {
        let a = try Fixtures.sentence(sentence)
        #expect(a.mentions(of: .organization).map(\.name) == expected)
    }

    /// Dev corpus: after 和 a place opens a body of its own.
    @Test func aPlaceAfterAndOpensASecondBody() throws {
        let a = try Fixtures.sentence("来自美国、阿根廷、乌拉圭农业部门和俄罗斯科学院的专家参加论坛。")
        #expect(a.mentions(of: .organization).map(\.name).contains("俄罗斯科学院"))
        #expect(!a.mentions(of: .organization).contains { $0.name.contains("和") })
    }

    /// Dev corpus: delegations, inspection groups and work teams are bodies; a leader before 率 and a
    /// meeting's name before the body are not part of its name.
    @Test(arguments: [
        ("安徽省委书记韩俊、省长王清宪率安徽省党政代表团赴浙江学习考察。", ["安徽省委", "安徽省党政代表团"]),
        ("景俊海会见安徽省副省长单向前率领的第十四届中国—东北亚博览会安徽省代表团一行。", ["安徽省代表团"]),
        ("梅河口工作队、重庆市援吉医疗队第一时间响应。", ["梅河口工作队", "重庆市援吉医疗队"]),
    ])
    func delegationsAndTeams(sentence: String, expected: [String]) throws {
        let a = try Fixtures.sentence(sentence)
        #expect(a.mentions(of: .organization).filter { $0.rule != "org.subunit" }.map(\.name) == expected)
    }

    /// 省委省政府: two bodies of one rank side by side, not a body and its unit.
    @Test func bodiesOfOneRankSideBySideAreNoUnits() throws {
        let a = try Fixtures.sentence("安世豪感谢吉林省委省政府对一汽新能源项目的大力支持。")
        #expect(a.mentions(of: .organization).map { "\($0.name) \($0.rule)" } == ["吉林省委 org.suffix", "省政府 org.suffix"])
    }

    /// National bodies by name and abbreviation (工信部 = 工业和信息化部); 民政部门 and 司法部门 are kinds
    /// of departments, not the ministries.
    @Test func nationalBodiesAndDepartmentsInGeneral() throws {
        let a = try Fixtures.sentence("景俊海与工信部、外交部负责同志会谈。民政部门和司法部门要加强协作。")
        #expect(a.mentions(of: .organization).filter { $0.rule != "org.ellipsis" }.map(\.name) == ["工信部", "外交部"])
        let full = Lexicon.shared.orgFullNames["工信部"]
        #expect(full == "工业和信息化部")
    }

    @Test func aDepartmentIsNamedWithItsParent() throws {
        let a = try Fixtures.sentence("湖南省委组织部、某某集团财务部负责同志汇报了工作。")
        let units = a.mentions(of: .organization).filter { $0.rule == "org.subunit" }
        #expect(units.map(\.text) == ["组织部", "财务部"])
        #expect(units.map(\.name) == ["湖南省委组织部", "某某集团财务部"])
    }
}

extension OrganizationRecognizerTests {
    @Test func thePapersOwnRegionOpensAName() throws {
        let a = try Fixtures.sentence("3月5日，我省代表团举行全体会议。")
        #expect(a.mentions(of: .organization).map(\.text) == ["我省代表团"])
    }

    @Test func abbreviationsOfTheCentralOfficesAreBodies() throws {
        let a = try Fixtures.sentence("中办调研组来长河调研。")
        #expect(a.mentions(of: .organization).contains { $0.text.hasPrefix("中办") })
    }
}

extension OrganizationRecognizerTests {
    @Test func inspectionAndSupervisionGroupsAreBodies() throws {
        let a = try Fixtures.sentence("宋雨桐代表省人大常委会执法检查组作报告，中央第三巡视组组长王小明出席。")
        #expect(a.mentions(of: .organization).map(\.text) == ["省人大常委会执法检查组", "中央第三巡视组"])
    }
}

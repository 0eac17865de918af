import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct RelationExtractorTests {
    /// The opening of a provincial people's congress (dev corpus): the executive chair who declares it
    /// open presides, the governor who delivers the government work report reports, and what he 说 next
    /// is the report, not a speech.
    static let congressOpening = "吉林省第十三届人民代表大会第五次会议24日上午在长春开幕。"
        + "大会执行主席景俊海、高广滨、田锦尘在主席台前排就座。省委副书记、省长韩俊，省政协主席江泽林在主席台就座。"
        + "上午9时，景俊海宣布大会开幕。韩俊代表吉林省人民政府向大会作政府工作报告。韩俊说，过去的一年极不平凡。"

    @Test func whoDeclaresASessionOpenPresidesAndIsNotAnAttendee() throws {
        let a = try Fixtures.sentence(Self.congressOpening, issueDate: "2022-01-25")
        #expect(a.role(.presided) == ["景俊海"])
        #expect(!a.role(.attended).contains("景俊海"))
        #expect(a.role(.attended) == ["高广滨", "田锦尘", "韩俊", "江泽林"])
        #expect(a.relations.contains { $0.kind == .presided && $0.rule == "role.presided.opening" })
    }

    @Test func theWorkReportIsReportedAndItsContentIsNoSpeech() throws {
        let a = try Fixtures.sentence(Self.congressOpening, issueDate: "2022-01-25")
        #expect(a.role(.reported) == ["韩俊"])
        #expect(a.role(.spoke).isEmpty)
    }

    @Test func whatOneWhoDidNotReportSaysIsASpeech() throws {
        let a = try Fixtures.sentence("省委副书记、省长韩俊主持召开省政府常务会议。韩俊说，要抓好粮食生产。")
        #expect(a.role(.spoke) == ["韩俊"])
        #expect(a.relations.contains { $0.kind == .spoke && $0.rule == "role.spoke.said" })
    }

    /// Dev corpus: a work report printed in full was delivered by the speaker signed under it, at the
    /// meeting of its occasion line, on the date below it; what the report tells of (委员们建言) is not
    /// a role at that meeting.
    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func aReportPrintedInFullWasDeliveredByItsSigner() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("jilin-daily/2023-01-31/01-cppcc-standing-committee-report.txt"))
        let a = try #require(doc.articles.first { $0.body.hasPrefix("——在") })
        let main = try #require(a.meetings.first { $0.isMain })
        #expect(main.name == "政协吉林省第十三届委员会第一次会议")
        #expect(main.date == SimpleDate(year: 2023, month: 1, day: 14))
        #expect(a.mentions(of: .person).first?.rule == "person.signature")
        let roles = a.relations.filter { [.presided, .spoke, .attended, .reported].contains($0.kind) }
        #expect(roles.map { "\($0.kind.rawValue) \($0.subject?.name ?? "") \($0.rule)" } == ["reported 江泽林 role.delivered"])
    }

    /// Corpus (大连): a speaker at a delegation's session reports; the bodies where he was do not, and the
    /// report another made elsewhere (李克强总理所作的政府工作报告) is no report here.
    @Test func whoSpeaksAtADelegationReportsAndTheBodiesAroundHimDoNot() throws {
        let a = try Fixtures.sentence("胡玉亭在参加十三届全国人大五次会议辽宁代表团审议政府工作报告时发言。"
            + "他说，李克强总理所作的政府工作报告通篇贯穿习近平新时代中国特色社会主义思想。", issueDate: "2022-03-07")
        #expect(a.role(.reported) == ["胡玉亭"])
    }

    /// Corpus (吉林广播电视台): those who 列席 are listed with groups of people after them.
    @Test func attendeesListedBeforeGroupsOfPeople() throws {
        let a = try Fixtures.sentence("省十三届人大常委会第三十一次会议今天下午在长春闭幕。副省长韩福春,省高级人民法院院长徐家新,"
            + "省人民检察院检察长尹伊君,省人大常委会副秘书长,省直有关部门负责人列席会议。", issueDate: "2021-11-25")
        #expect(a.role(.attended) == ["韩福春", "徐家新", "尹伊君"])
    }

    /// Dev corpus: 他说 after a speech and its chair is the speaker's, not the chair's.
    @Test func aPronounAfterTheChairIsTheSpeakers() throws {
        let a = try Fixtures.sentence("第二届黑土地保护利用国际论坛今天在长春开幕。省委书记景俊海出席开幕式并讲话。"
            + "省委副书记、省长韩俊主持开幕式。他说，要把黑土地保护好。", issueDate: "2022-07-23")
        #expect(a.role(.presided) == ["韩俊"])
        #expect(a.role(.spoke) == ["景俊海"])
    }

    /// Dev corpus: those who sign an agreement at a meeting attend it.
    @Test func signatoriesAttend() throws {
        let a = try Fixtures.sentence("省委书记景俊海在长春会见中国核工业集团党组书记、董事长余剑锋一行。"
            + "省委常委、常务副省长吴靖平与中国核工业集团副总经理申彦锋签署合作框架协议。", issueDate: "2021-06-04")
        #expect(a.role(.attended).suffix(2) == ["吴靖平", "申彦锋"])
    }
}

@Suite struct RelationExtractorAttendanceTests {
    @Test func theHostsOfAReceptionDoNotAttendTheForumTheirGuestsCameFor() throws {
        let a = try Fixtures.sentence("本报讯（记者 周立新）9日，县委书记郑国栋在长春会见了来县出席乡村发展论坛的省政协副主席陈家豪一行。")
        #expect(!a.relations.contains { $0.rule == "role.attended.list" })
        #expect(!a.relations.contains { $0.kind == .attended && $0.subject?.name == "周立新" })
    }

    @Test func peoplePrintedEachWithTheirPostsAndACommaSpeakTogether() throws {
        let a = try Fixtures.sentence("12月5日，全省民营企业家座谈会在广州举行。江西省人民政府驻广州办事处党组书记、主任张国强，江西省委宣传部一级巡视员李小红出席并讲话，办事处副主任王大明主持会议。")
        #expect(a.role(.spoke) == ["张国强", "李小红"])
        #expect(a.role(.presided) == ["王大明"])
        // A clause that is not just posts and a name does not join: 甲主持会议，乙讲话.
        let b = try Fixtures.sentence("12月5日，全省民营企业家座谈会在广州举行。副主任王大明主持会议，一级巡视员李小红讲话。")
        #expect(b.role(.spoke) == ["李小红"])
    }

    @Test func groupsClosedByDengEndAnAttendanceList() throws {
        let a = try Fixtures.sentence("12月5日，全省民营企业家座谈会在广州举行。某某集团副总裁刘一，某某公司董事长陈二，各市驻广州联络处负责人等参加座谈。")
        #expect(a.role(.attended) == ["刘一", "陈二"])
    }

    @Test func aSpeechDeliveredIsSpokenButASpeechNamedIsNot() throws {
        let a = try Fixtures.sentence("3月20日上午，全省安全生产工作会议在长春召开。省委书记王大明作重要讲话，省长李小红致开幕辞，副省长刘志强发表了重要讲话。")
        #expect(Set(a.role(.spoke)) == ["王大明", "李小红", "刘志强"])
        let b = try Fixtures.sentence("3月20日上午，全省安全生产工作会议在长春召开。会议传达学习了省委书记王大明的重要讲话精神。")
        #expect(b.role(.spoke).isEmpty)
    }

    @Test func groupsJoinedByHeToTheNamesEndTheListToo() throws {
        let a = try Fixtures.sentence("1月18日，全省安全生产工作会议在长春召开。省委书记王大明，省长李小红和省直有关部门负责人到会听取发言。")
        #expect(a.role(.attended) == ["王大明", "李小红"])
        // 和 joining another clause's subject is no list of groups.
        #expect(!RelationExtractor.isListOfGroups("和省长刘一会谈"))
    }

    @Test func aKeynoteIsASpeech() throws {
        let a = try Fixtures.sentence("5月20日，首届江苏发展大会在南京开幕。省委书记王大明在开幕式上发表主旨演讲。")
        #expect(a.role(.spoke) == ["王大明"])
    }
}

extension RelationExtractorTests {
    @Test func instructionsGivenAreASpeech() throws {
        let a = try Fixtures.sentence("6月5日，全省工作会议在长春召开。省长宋雨桐对下一步工作作出部署。")
        #expect(a.role(.spoke) == ["宋雨桐"])
        let b = try Fixtures.sentence("6月5日，全省工作会议在长春召开。会议对下一步工作作出部署。")
        #expect(b.role(.spoke).isEmpty)
    }

    @Test func theMeetingNamedBetweenTheSpeakerAndTheVerbIsNoGap() throws {
        let a = try Fixtures.sentence("3月5日下午，王大明在参加十四届全国人大三次会议某某代表团审议时强调，要抓好落实。")
        #expect(a.role(.spoke) == ["王大明"])
        let b = try Fixtures.sentence("本报讯 3月5日，全省秋粮收购工作推进会议在长春召开。省委书记王大明在全省秋粮收购工作推进会议上强调，要抓好落实。")
        #expect(b.role(.spoke) == ["王大明"])
    }

    @Test func aTopicOpenedByDuiOrJiuAfterTheSpeakerMayBeLong() throws {
        let p = "本报讯 3月3日，全省秋粮收购工作会议在长春召开。"
        #expect(try Fixtures.sentence(p + "省长王大明对秋粮收购和仓储工作提出明确要求。").role(.spoke) == ["王大明"])
        #expect(try Fixtures.sentence(p + "省长王大明就做好下一步秋粮收购工作进行了安排部署。").role(.spoke) == ["王大明"])
        // A person named in the topic is no speaker: the one before the topic speaks.
        #expect(try Fixtures.sentence(p + "省长王大明对刘一的工作提出要求。", model: true).role(.spoke) == ["王大明"])
    }

    @Test func encouragementAndHopesAreRemarksOfTheMeeting() throws {
        let p = "本报讯 3月3日，全省青年干部座谈会在长春召开。"
        #expect(try Fixtures.sentence(p + "省长王大明勉励学员珍惜学习机会。").role(.spoke) == ["王大明"])
        #expect(try Fixtures.sentence(p + "省长王大明寄语青年干部，要勇于担当。").role(.spoke) == ["王大明"])
        #expect(try Fixtures.sentence(p + "省长王大明希望学员学有所成。").role(.spoke) == ["王大明"])
        #expect(try Fixtures.sentence(p + "省长王大明对下一步工作进行了部署。").role(.spoke) == ["王大明"])
        #expect(try Fixtures.sentence(p + "省长王大明讲授专题党课。").role(.spoke) == ["王大明"])
    }

    @Test func anAsciiCommaEndsTheClauseOfTheSubject() throws {
        let a = try Fixtures.sentence("本报讯 3月3日，全省秋粮收购工作会议在长春召开。省长王大明听取了局长刘一的汇报,要求各部门抓好落实。")
        #expect(!a.role(.spoke).contains("刘一"))
    }

    @Test func whoGoesAlongWithTheVisitorAttends() throws {
        let a = try Fixtures.sentence("本报讯 7月2日，省委书记王大明到白山市调研农村工作。副省长李小红随同调研。")
        #expect(a.role(.attended) == ["王大明", "李小红"])
    }

    @Test func groupsBetweenCommasEndingInAGroupNounCloseTheListOfAttendees() throws {
        let a = try Fixtures.sentence("本报讯 5月29日，省十三届人大常委会第三次会议在长春举行。副省长王大明，省人民检察院检察长李小红，各市、州人大常委会负责人，省直有关部门负责人列席会议。")
        #expect(a.role(.attended) == ["王大明", "李小红"])
        #expect(RelationExtractor.isListOfGroups("，各市、州人大常委会负责人，省直有关部门负责人"))
        #expect(!RelationExtractor.isListOfGroups("，各市、州人大常委会"))
        let b = try Fixtures.sentence("本报讯 8月22日，省委书记王大明在长春会见来吉参加博览会的重要嘉宾。省领导李小红、张三丰，省政府秘书长赵四，某某集团、某某药业等企业及某某总商会负责人参加会见。")
        #expect(b.role(.attended) == ["王大明", "李小红", "张三丰", "赵四"])
    }
}

import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct MeetingRecognizerTests {
    @Test func theScopeOfAWholeRegionOpensAndNamesTheMeeting() throws {
        let a = try Fixtures.sentence("本报讯 3月5日，全县工作会议在县城召开。县委书记郑国栋出席会议并讲话。")
        #expect(a.meetings.first { $0.isMain }?.name == "全县工作会议")
    }

    @Test func pressEventsAndCeremoniesOfOtherNamesAreEvents() throws {
        let a = try Fixtures.sentence("县党代会新闻中心今天举行第二场集体采访。")
        #expect(a.meetings.map(\.name) == ["第二场集体采访"])
        let b = try Fixtures.sentence("全县秋粮收购工作媒体通气会今天在县城举行。")
        #expect(b.meetings.map(\.name) == ["全县秋粮收购工作媒体通气会"])
    }

    @Test func aDelegationsReviewDuringASessionIsAnEventBesideTheSession() throws {
        let a = try Fixtures.sentence("5日下午，王大明在参加十四届全国人大三次会议江西代表团审议时强调，要抓好落实。")
        #expect(a.meetings.map(\.name) == ["十四届全国人大三次会议", "江西代表团审议"])
        #expect(a.meetings.first { $0.isMain }?.name == "江西代表团审议")
    }

    @Test func namedMeetingWithDateFromTheDatelineAndPresider() throws {
        let a = try Fixtures.sentence("本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊主持召开省政府2022年第14次常务会议，研究经济运行情况。")
        let meeting = try #require(a.meetings.first { $0.isMain })
        #expect(meeting.name == "省政府2022年第14次常务会议")
        #expect(meeting.date == SimpleDate(year: 2022, month: 6, day: 16))
        #expect(meeting.series == "省政府2022年常务会议")
        #expect(a.role(.presided) == ["韩俊"])
    }

    @Test func plenumWithPlaceAnaphoraAndAnOrganisationPresiding() throws {
        let a = try Fixtures.sentence("中国共产党吉林省第十一届委员会第十一次全体会议，于2022年6月16日在长春举行。全会由省委常委会主持，省委书记景俊海作了讲话。")
        let meeting = try #require(a.meetings.first { $0.isMain })
        #expect(meeting.name == "中国共产党吉林省第十一届委员会第十一次全体会议")
        #expect(meeting.place == "长春")
        #expect(meeting.date == SimpleDate(year: 2022, month: 6, day: 16))
        #expect(a.role(.presided) == ["省委常委会"])
        #expect(a.role(.spoke) == ["景俊海"])
        #expect(a.mentions(of: .meeting).contains { $0.text == "全会" && $0.name == meeting.name })
    }

    @Test func twoNamesOfOneNumberedMeeting() {
        #expect(MeetingNames.sameMeeting("省委十一届十一次全会", "中国共产党吉林省第十一届委员会第十一次全体会议"))
        #expect(MeetingNames.sameMeeting("省第十二次党代会", "中国共产党吉林省第十二次代表大会"))
        #expect(!MeetingNames.sameMeeting("省委十一届十一次全会", "省委十一届十次全会"))
    }

    @Test func eventNamedByAVerbWithPronounSpeech() throws {
        let a = try Fixtures.sentence("本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊调度全省畜禽粪污资源化利用情况。他强调，要强化主体责任。")
        let event = try #require(a.meetings.first { $0.isMain })
        #expect(event.rule == "meeting.event")
        #expect(event.date == SimpleDate(year: 2022, month: 6, day: 16))
        #expect(a.role(.presided) == ["韩俊"])
        #expect(a.role(.spoke) == ["韩俊"])
    }

    @Test func theBodiesVisitedReportWhenTheirReportIsHeard() throws {
        let a = try Fixtures.sentence("4月12日，省委书记景俊海在长春检查指导疫情防控工作。景俊海分别来到宽城区、绿园区、净月区疫情防控指挥部，听取疫情防控进展和包保支援工作汇报。")
        #expect(Set(a.role(.reported)) == ["宽城区疫情防控指挥部", "绿园区疫情防控指挥部", "净月区疫情防控指挥部"])
        #expect(!a.role(.reported).contains("景俊海"))
    }

    /// Dev corpus: a 会见 of a delegation that came to an expo is the article's meeting; the expo is
    /// only named, and those who 参加会见 attend the 会见.
    @Test(.enabled(if: Fixtures.sharedAvailable, "needs ../shared/corpus"))
    func aMeetingWithGuestsOfAnExpoIsTheArticlesMeeting() throws {
        let doc = try Fixtures.analysed(Fixtures.corpus("jilin-daily/2023-08-23/02-jing-meets-anhui-delegation.txt"))
        let a = try #require(doc.articles.first { $0.meetings.contains(where: \.isMain) })
        let main = try #require(a.meetings.first { $0.isMain })
        #expect(main.rule == "meeting.event")
        #expect(main.date == SimpleDate(year: 2023, month: 8, day: 23))
        #expect(a.meetings.contains { $0.name == "第十四届中国—东北亚博览会" && !$0.isMain })
        let attended = a.relations.filter { $0.kind == .attended && $0.object == main.ref }.compactMap { $0.subject?.name }
        #expect(attended == ["景俊海", "单向前", "李伟", "李国强"])
    }

    /// Dev corpus: a meeting named after a quoted slogan with a space in it keeps the whole slogan.
    @Test func aMeetingNamedAfterAQuotedSlogan() throws {
        let a = try Fixtures.sentence("在总书记回信一周年之际，“智启振兴 汇促发展”海归人才助力新时代东北全面振兴座谈会今天在长春召开。")
        #expect(a.mentions(of: .meeting).map(\.text) == ["“智启振兴 汇促发展”海归人才助力新时代东北全面振兴座谈会"])
    }

    /// Dev corpus: the meeting convened in the report is the article's, not a congress named before it;
    /// a verb right before the meeting word is part of its name; the bodies whose heads report, report.
    @Test func theConvenedMeetingIsTheArticles() throws {
        let a = try Fixtures.sentence("8月1日至3日，省人大常委会组织我省部分全国人大代表围绕着吉林省第十二次党代会确定的目标开展专题调研。"
            + "今天上午，吉林省全国人大代表专题调研工作会在长春召开，省人大常委会副主任王绍俭出席。"
            + "会上，省畜牧局、长春市政府、农安县政府负责人进行了汇报。", issueDate: "2022-08-02")
        let main = try #require(a.meetings.first { $0.isMain })
        #expect(main.name == "专题调研工作会")
        #expect(main.place == "长春")
        #expect(a.meetings.contains { $0.aliases.contains("吉林省第十二次党代会") || $0.name == "吉林省第十二次党代会" })
        #expect(!a.meetings.contains { $0.name.hasPrefix("着") || $0.aliases.contains { $0.hasPrefix("着") } })
        let reported = a.relations.filter { $0.kind == .reported && $0.object == main.ref }.compactMap { $0.subject?.name }
        #expect(reported == ["省畜牧局", "长春市政府", "农安县政府"])
    }

    /// A congress hailed (迎接党的二十大胜利召开) is not the article's meeting.
    @Test func aHailedCongressIsNotConvenedHere() throws {
        let a = try Fixtures.sentence("委员们表示，要以优异成绩迎接党的二十大胜利召开。")
        #expect(!a.meetings.contains { $0.isMain && $0.name == "党的二十大" })
    }

    /// Dev corpus: an event before the meeting (会前…实地调研) is on its day and where they went; the chair of
    /// the meeting attends the event.
    @Test func anEventBeforeTheMeetingIsOnItsDay() throws {
        let a = try Fixtures.sentence("8月30日，全省全面实施乡村振兴战略现场推进会在辽源市召开。省委书记景俊海出席会议并讲话。"
            + "省委副书记、省长韩俊主持会议。\n会前，景俊海、韩俊率领与会人员深入东丰县实地调研。", issueDate: "2022-08-31")
        let event = try #require(a.meetings.first { $0.rule == "meeting.event" })
        #expect(event.date == SimpleDate(year: 2022, month: 8, day: 30))
        #expect(event.place == "东丰县")
        let visit = try Fixtures.sentence("10月18日，省委书记景俊海，省委副书记、省长胡玉亭率吉林省党政代表团来江苏考察。")
        #expect(visit.meetings.first { $0.rule == "meeting.event" }?.place == "江苏")
        let attended = a.relations.filter { $0.kind == .attended && $0.object == event.ref }.compactMap { $0.subject?.name }
        #expect(attended == ["景俊海", "韩俊"])
    }

    /// Corpus (大连): the session convened today (今日召开的…) is the article's, not a congress awaited
    /// this year (党的二十大召开之年), though the session is first named earlier.
    @Test func aSessionConvenedTodayOverACongressAwaited() throws {
        let a = try Fixtures.sentence("3月3日，出席十三届全国人大五次会议的我市全国人大代表抵京。今日召开的十三届全国人大五次会议，"
            + "是全国人民政治生活中的一件大事。今年是党的二十大召开之年。", issueDate: "2022-03-05")
        let main = try #require(a.meetings.first { $0.isMain })
        #expect(main.name == "十三届全国人大五次会议")
    }

    /// Dev corpus: talks held with a guest (A、B与…C举行会谈) are an event the three attend; its name and
    /// place come from its own clause, whatever the sentence goes on to say.
    @Test func talksHeldWithAGuest() throws {
        let a = try Fixtures.sentence("省委书记景俊海,省委副书记、省长韩俊率队赴北京。"
            + "景俊海、韩俊与全国政协副主席,国家发展改革委党组书记、主任何立峰举行会谈,希望国家发展改革委一如既往关心支持吉林工作,"
            + "在吉林实施“千亿斤粮食”工程。", issueDate: "2022-03-04")
        let event = try #require(a.meetings.first { $0.rule == "meeting.event" })
        #expect(event.name == "景俊海、韩俊与何立峰举行会谈")
        #expect(event.place == nil)
        let attended = a.relations.filter { $0.kind == .attended && $0.object == event.ref }.compactMap { $0.subject?.name }
        #expect(attended == ["景俊海", "韩俊", "何立峰"])
    }

    /// A verb that makes a compound with a meeting word (学习会, 专题调研工作会) is no part of a meeting's
    /// own name: 传达学习|全国两会精神.
    @Test func aStudyVerbBeforeAMeetingsOwnNameIsNoPartOfIt() throws {
        let a = try Fixtures.sentence("会议传达学习全国两会精神，学习中央农村工作会议精神。")
        #expect(a.meetings.map(\.name).contains("全国两会"))
        #expect(a.meetings.map(\.name).contains("中央农村工作会议"))
        let b = try Fixtures.sentence("3月5日，县长王大明主持召开专题调研工作会。")
        #expect(b.meetings.map(\.name) == ["专题调研工作会"])
    }

    /// A guest's post printed with a province (江苏省长) runs into the place the recogniser reads
    /// (江苏省): the post still sits between the host and the verb, so the talks are an event.
    @Test func talksWithAGuestWhosePostRunsIntoAPlace() throws {
        let a = try Fixtures.sentence("3月5日，省长王建华与江苏省长刘志远举行会谈，双方交换意见。", issueDate: "2023-03-06", model: true)
        let event = try #require(a.meetings.first { $0.rule == "meeting.event" })
        let attended = a.relations.filter { $0.kind == .attended && $0.object == event.ref }.compactMap { $0.subject?.name }
        #expect(attended == ["王建华", "刘志远"])
    }

    /// Dev corpus: a leader taking a group somewhere to inspect is an event there; the group's post
    /// stays in its name, the leader's goes.
    @Test func aLeaderTakingAGroupToInspect() throws {
        let a = try Fixtures.sentence("8月24日至26日，省政协副主席李悦率领住吉林市、辽源市省政协委员赴松原市开展异地视察活动。", issueDate: "2022-08-27")
        let event = try #require(a.meetings.first { $0.rule == "meeting.event" })
        #expect(event.name == "李悦率领住吉林市、辽源市省政协委员赴松原市开展异地视察活动")
        #expect(event.place == "松原市")
        #expect(event.date == SimpleDate(year: 2022, month: 8, day: 24))
        #expect(a.relations.filter { $0.kind == .attended && $0.object == event.ref }.compactMap { $0.subject?.name } == ["李悦"])
    }

    @Test func theReporterOfTheDatelineIsNoSubjectOfTheEvent() throws {
        let a = try Fixtures.sentence("本报讯（记者 周立新）9日，县委书记郑国栋、县长宋雨桐在长春会见了省政协副主席陈家豪一行。")
        let event = try #require(a.meetings.first { $0.rule == "meeting.event" })
        #expect(event.name.hasPrefix("郑国栋"))
        #expect(a.relations.filter { $0.kind == .attended && $0.object == event.ref }.compactMap { $0.subject?.name } == ["郑国栋", "宋雨桐", "陈家豪"])
    }

    @Test func aVisitOnATopicIsAnEventOfItsLeader() throws {
        let a = try Fixtures.sentence("10月9日，县长郑国栋到长春市就秋粮收购情况进行调研。")
        let event = try #require(a.meetings.first { $0.rule == "meeting.event" })
        #expect(event.place == "长春市")
        #expect(a.relations.filter { $0.kind == .attended && $0.object == event.ref }.compactMap { $0.subject?.name } == ["郑国栋"])
    }

    @Test func whatTheVisitorDidOnTheWayIsPartOfTheVisit() throws {
        let a = try Fixtures.sentence("今天，县长郑国栋来到长春市，深入车间、工地，就秋粮收购情况进行调研。")
        let event = try #require(a.meetings.first { $0.rule == "meeting.event" })
        #expect(a.relations.filter { $0.kind == .attended && $0.object == event.ref }.compactMap { $0.subject?.name } == ["郑国栋"])
    }

    @Test func aSittingConvenedOnItsOwnIsAnEvent() throws {
        let a = try Fixtures.sentence("县十四届人大常委会第十七次会议今天开幕。县委书记郑国栋主持第一次全体会议。")
        #expect(a.meetings.map(\.name).contains("第一次全体会议"))
        // A session number alone names no sitting.
        #expect(!(try Fixtures.sentence("会议举行第三次会议。").meetings.map(\.name).contains("第三次会议")))
    }

    @Test func aGroupAfterAConjunctionBelongsToTheMeetingsName() throws {
        let a = try Fixtures.sentence("12月5日上午，第三届江西省人民政府驻广州办事处与在穗企业家座谈会在广州举行。")
        #expect(a.meetings.map(\.name).contains("第三届江西省人民政府驻广州办事处与在穗企业家座谈会"))
    }

    @Test func aVisitEndsBeforeWhatWasSaidDuringIt() throws {
        let a = try Fixtures.sentence("3月5日，省委书记王大明在白山市调研时强调，要扎实推进乡村振兴。副省长李小红参加调研。")
        let visit = try #require(a.meetings.first { $0.isMain })
        #expect(visit.name == "王大明在白山市调研")
        #expect(a.role(.spoke) == ["王大明"])
        #expect(a.role(.attended) == ["王大明", "李小红"])
    }

    @Test func joiningAVisitIsNoVisitOfItsOwnButHostsMeetingTogetherAreOne() throws {
        let joined = try Fixtures.sentence("3月5日，省长王大明来到白山市某某公司，详细了解生产经营情况。副省长李小红一同调研。")
        #expect(!joined.meetings.contains { $0.name.hasPrefix("李小红") })
        let together = try Fixtures.sentence("3月5日，省委书记王大明、省长李小红一起会见某某集团董事长刘一一行。")
        #expect(together.meetings.contains { $0.rule == "meeting.event" && $0.name.hasPrefix("王大明") })
        #expect(together.role(.attended) == ["王大明", "李小红", "刘一"])
    }

    @Test func aHallIsNoMeeting() throws {
        let a = try Fixtures.sentence("省十五届人大常委会第九次会议12日上午在省人民大会堂开幕。")
        #expect(a.meetings.map(\.name) == ["省十五届人大常委会第九次会议"])
    }

    @Test func timeWordsAndCountsBeforeAMeetingAreNoPartOfItsName() throws {
        let a = try Fixtures.sentence("今天上午，我省还将密集举行6场新闻发布会。今天大会选举产生了新一届领导班子。")
        #expect(!a.meetings.map(\.name).contains { $0.hasPrefix("6场") || $0.hasPrefix("今天") })
    }
}

extension MeetingRecognizerTests {
    @Test func aCongressAsABodyAMechanismOrASpeechsKindIsNoEvent() throws {
        let body = try Fixtures.sentence("会议表决通过了关于长河省人民代表大会常务委员会工作报告的决议。")
        #expect(!body.meetings.contains { $0.name.hasSuffix("人民代表大会") })
        let deputies = try Fixtures.sentence("会议选举产生了长河省出席第十四届全国人民代表大会代表。")
        #expect(!deputies.meetings.contains { $0.name.hasSuffix("人民代表大会") })
        let mechanism = try Fixtures.sentence("要建立健全联席会议机制，强化协调联动。")
        #expect(!mechanism.meetings.contains { $0.name.contains("联席会议") })
        let speech = try Fixtures.sentence("16位委员围绕热点问题作大会发言。")
        #expect(speech.meetings.isEmpty)
    }

    @Test func aMeetingPointedBackToIsTheOneReported() throws {
        let a = try Fixtures.sentence("6月3日，长河市人大常委会第五次会议在长河开幕。本次常委会会议的议程还包括审议多项报告。")
        #expect(!a.meetings.contains { $0.name == "常委会会议" })
        #expect(a.mentions(of: .meeting).contains { $0.text == "常委会会议" && $0.rule == "meeting.anaphor" })
    }

    @Test func aProvinceWideMeetingKeepsItsScopeAndItsWholeWord() throws {
        let a = try Fixtures.sentence("本报讯 3月5日，全省秋粮收购工作推进会议在长春召开。省长王大明出席会议并讲话。")
        #expect(a.meetings.first { $0.isMain }?.name == "全省秋粮收购工作推进会议")
        // A congress's term before 全国 stays in the name.
        let b = try Fixtures.sentence("王大明在参加十四届全国人大三次会议江西代表团审议时强调，要抓好落实。")
        #expect(b.meetings.contains { $0.name.hasPrefix("十四届全国人大三次会议") })
    }

    @Test func whoSitsInAMeetingNamesIt() throws {
        let a = try Fixtures.sentence("本报讯 3月3日，代表团召开全体会议。王大明传达了两会党员负责同志会议精神。李小红传达了代表团召集人会议精神。")
        let names = a.meetings.map(\.name)
        #expect(names.contains("两会党员负责同志会议"))
        #expect(names.contains("代表团召集人会议"))
    }
}

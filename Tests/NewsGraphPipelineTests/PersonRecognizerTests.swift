import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PersonRecognizerTests {
    @Test func titleChainsGiveEachPostAndTheNameBoundary() throws {
        let a = try Fixtures.sentence("本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊调度全省畜禽粪污资源化利用情况。")
        #expect(a.names(.person) == ["于小博", "韩俊"])
        #expect(a.posts(of: "韩俊") == ["省委副书记", "省长"])
        #expect(a.posts(of: "于小博") == ["记者"])
    }

    @Test func attendanceListsKeepPrintOrderAndWholeNames() throws {
        let a = try Fixtures.sentence("吴靖平、安立佳、刘凯、蔡东、韩福春、李伟、王子联、安桂武参加会议。")
        #expect(a.names(.person) == ["吴靖平", "安立佳", "刘凯", "蔡东", "韩福春", "李伟", "王子联", "安桂武"])
    }

    @Test func organisationAndDepartmentBeforeAPostAreAnAffiliation() throws {
        let a = try Fixtures.sentence("“资金及时到位。”省社会保险局失业保险处处长柳利梅介绍说。")
        #expect(a.names(.person) == ["柳利梅"])
        #expect(a.posts(of: "柳利梅") == ["处长"])
        let affiliation = a.relations.first { $0.kind == .affiliatedWith && $0.subject?.name == "柳利梅" }
        #expect(affiliation?.object.name == "省社会保险局")
    }

    @Test func leadersNamedBeforeTheirPostAndNoFalseNamesInPlainSentences() throws {
        let a = try Fixtures.sentence("他强调，要深入贯彻习近平总书记重要讲话重要指示精神，把畜禽粪污资源化利用摆上重要位置。")
        #expect(a.names(.person) == ["习近平"])
        #expect(a.posts(of: "习近平") == ["总书记"])
        let b = try Fixtures.sentence("学生可以自选书法、绘画、古筝等传统艺术课程。")
        #expect(b.names(.person).isEmpty)
    }

    @Test func aSharedPostGoesToEveryNameOfTheListAfterIt() throws {
        let a = try Fixtures.sentence("省人大常委会党组书记、常务副主任金振吉，副主任王绍俭、张焕秋、贺东平出席会议。")
        #expect(a.names(.person) == ["金振吉", "王绍俭", "张焕秋", "贺东平"])
        #expect(a.posts(of: "张焕秋") == ["副主任"])
        #expect(a.posts(of: "金振吉") == ["省人大常委会党组书记", "常务副主任"])
    }

    @Test func theLastNameOfAListRunOnIntoItsVerbSharesThePost() throws {
        let a = try Fixtures.sentence("省委常委于小川、陈立峰、赵月红、李小红出席会议。")
        #expect(a.names(.person) == ["于小川", "陈立峰", "赵月红", "李小红"])
        #expect(a.posts(of: "李小红") == ["省委常委"])
        let b = try Fixtures.sentence("副主席刘建新、张文才在主席台就座。")
        #expect(b.posts(of: "张文才") == ["副主席"])
    }

    @Test func placesInAListAreNotPeople() throws {
        let a = try Fixtures.sentence("会上，省畜牧局、省农业农村厅、省生态环境厅，农安县、舒兰市、梨树县主要负责同志分别汇报了有关情况。")
        #expect(a.names(.person).isEmpty)
        #expect(a.names(.place).contains("舒兰市"))
    }

    @Test func aListClosedByAPersonNounNamesPeople() throws {
        let a = try Fixtures.sentence("座谈会上，徐洪才、段燕文、李伏安、白宁等海归人才围绕推动全面振兴建言献策。")
        #expect(a.names(.person) == ["徐洪才", "段燕文", "李伏安", "白宁"])
        #expect(a.posts(of: "白宁").isEmpty)
    }

    /// A transliterated name after a post, whole across its middle dot; a Chinese name stays Chinese.
    @Test func transliteratedNamesAfterAPost() throws {
        let a = try Fixtures.sentence("中国旅游协会会长段强、世界旅游组织荣誉秘书长弗朗西斯科·弗朗加利出席开幕式。新闻出版署署长于友先会见时在座。")
        #expect(a.mentions(of: .person).map(\.name) == ["段强", "弗朗西斯科·弗朗加利", "于友先"])
        #expect(a.mentions(of: .person).allSatisfy { $0.rule == "person.title" })
    }

    /// Corpus (山西): a conjunction or preposition does not open a name, though 和 and 由 are surnames.
    @Test func noNameOpensWithAConjunctionOrPreposition() throws {
        let a = try Fixtures.sentence("会议由林武同志主持。大会主席团成员和特邀代表也在主席台就座。到会的代表和工作人员共同努力。"
            + "大会应到代表和特邀代表872人。梨树县通过采取“四级书记赛牛、村书记带头养牛”等机制。")
        #expect(a.mentions(of: .person).map(\.name) == ["林武"])
    }

    /// Dev corpus: a reporter credited in brackets at the end of a paragraph, with or without 记者;
    /// a date or a continuation in brackets there is no name.
    @Test func reportersCreditedInBracketsAtAParagraphsEnd() throws {
        let a = try Fixtures.sentence("蔡东、刘化文参加会见。(记者 黄鹭)\n李伟、李国强参加会见。（万双）\n全会于6月16日举行。(2022年6月16日)")
        let credited = a.mentions(of: .person).filter { $0.rule == "person.byline" }.map(\.name)
        #expect(credited == ["黄鹭", "万双"])
        #expect(a.relations.contains { $0.kind == .holdsPost && $0.subject?.name == "黄鹭" && $0.object.name == "记者" })
        // The credited reporter reported the article; a name credited without 记者 is not said to.
        #expect(a.relations.filter { $0.kind == .reportedBy }.map { "\($0.object.name) \($0.rule)" } == ["黄鹭 article.credit"])
    }
}

extension PersonRecognizerTests {
    @Test func threeCharactersClosedByAListMarkBeatTwoThatRunOn() throws {
        // 刚占 would leave 标 alone before the comma.
        let a = try Fixtures.sentence("省政协副主席刚占标，省直有关部门负责同志参加。")
        #expect(a.names(.person) == ["刚占标"])
    }
}

extension PersonRecognizerTests {
    @Test func eachCreditWordGivesItsTitleToTheNamesAfterIt() throws {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText("本报讯（记者 张德会 宁静 通讯员 李立 左坚）会议在长春召开。"), encoding: "UTF-8",
                           issue: IssueInfo(date: SimpleDate(iso: "2022-06-17"), dateSource: .flag))
        try Pipeline.standard().run(&doc)
        let a = doc.articles[0]
        #expect(a.posts(of: "宁静") == ["记者"])
        #expect(a.posts(of: "左坚") == ["通讯员"])
    }
}

import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct MeetingRecognizerVisitsTests {
    @Test func aVisitByItsDestination() throws {
        let listed = try Fixtures.sentence("5月22日至24日，省委书记王大明到某某市甲乙县、丙丁县，调研老区振兴发展等工作。副省长李小红参加调研。")
        #expect(listed.meetings.first { $0.isMain }?.rule == "meeting.event")
        #expect(listed.role(.attended) == ["王大明", "李小红"])
        let topic = try Fixtures.sentence("4月11日，省长王大明到部分供热企业和电力公司就煤炭保供工作调研。")
        #expect(topic.meetings.first { $0.isMain }?.rule == "meeting.event")
        // Two commas, or another person on the way, make no destination.
        #expect(!MeetingRecognizer.destinationVisit(ScalarText("到某县，看望群众，调研"), from: 0, to: 11, article: topic))
    }

    @Test func aLeaderTakingADelegationSomewhereForAPurposeIsAVisit() throws {
        let a = try Fixtures.sentence("7月12日，江西省委书记王大明、省长李小红率江西省党政代表团，就深入学习贯彻某某重要论述，全面落实某某精神，赴浙江学习考察。浙江省委书记刘一、省长陈二参加相关活动。")
        let visit = try #require(a.meetings.first { $0.isMain })
        #expect(visit.place == "浙江")
        #expect(a.role(.attended) == ["王大明", "李小红", "刘一", "陈二"])
        // Another person named on the way is another sentence's subject: no visit of the first.
        let b = try Fixtures.sentence("7月12日，省委书记王大明率代表团，与省长刘一会谈后，赴浙江考察。")
        #expect(!b.meetings.contains { $0.name.hasPrefix("王大明率代表团") })
    }

    @Test func aDateBetweenTheVisitorAndTheVisitKeepsTheVisit() throws {
        let a = try Fixtures.sentence("本报讯 省委书记王大明3月5日到白山市调研。省领导刘一、李小红参加。")
        let visit = try #require(a.meetings.first { $0.isMain })
        #expect(visit.date == SimpleDate(year: 2022, month: 3, day: 5))
        #expect(visit.place == "白山市")
        #expect(a.role(.attended).first == "王大明")
    }

    @Test func aPlaceNoLexiconKnowsBetweenInAndTheVerbKeepsTheVisit() throws {
        let a = try Fixtures.sentence("7月5日，省委书记王大明在甲乙调研农村工作。他强调，要抓好落实。")
        let visit = try #require(a.meetings.first { $0.isMain })
        #expect(visit.rule == "meeting.event")
        #expect(a.role(.attended) == ["王大明"])
        #expect(MeetingRecognizer.unknownPlace(ScalarText("在甲乙调研"), after: 0, before: 3) == 3)
        // A clause, not a place: a stop character or a long run between.
        #expect(MeetingRecognizer.unknownPlace(ScalarText("在会上的调研"), after: 0, before: 4) == nil)
        #expect(MeetingRecognizer.unknownPlace(ScalarText("在甲乙丙丁戊己庚调研"), after: 0, before: 8) == nil)
    }

    @Test func aMeetingWhoseSpiritIsLookedIntoLeavesTheVisitTheEvent() throws {
        let a = try Fixtures.sentence("7月5日，省委书记王大明在白山市调研省委十二届三次全会精神贯彻落实情况。他强调，要抓好落实。")
        let visit = try #require(a.meetings.first { $0.isMain })
        #expect(visit.rule == "meeting.event")
        #expect(a.role(.spoke) == ["王大明"])
    }

    @Test func aPersonWhoseWordsAreStudiedOnTheWayIsNoVisitor() throws {
        let a = try Fixtures.sentence("6月3日，省委书记王大明、省长李小红率某省党政代表团，就学习贯彻刘一同志关于中国式现代化的重要论述，赴江苏学习考察。江苏省委书记陈二参加相关活动。")
        let visit = try #require(a.meetings.first { $0.isMain })
        #expect(visit.rule == "meeting.event")
        // 关于中国式现代化 is about 中国, not in it: the place is where the delegation goes.
        #expect(visit.place == "江苏")
        #expect(a.role(.attended) == ["王大明", "李小红", "陈二"])
    }

    @Test func aGroupNamedAfterAnEventVerbIsNoEventUnlessItGoesSomewhere() throws {
        let report = try Fixtures.sentence("会上，王大明、李小红分别代表省人大常委会执法检查组作了关于检查某某条例实施情况的报告。")
        #expect(!report.meetings.contains { $0.rule == "meeting.event" })
        let visit = try Fixtures.sentence("9月3日，副主席王大明率某某考察团到吉林考察。省长李小红参加有关活动。")
        #expect(visit.meetings.first { $0.isMain }?.rule == "meeting.event")
        #expect(visit.role(.attended) == ["王大明", "李小红"])
    }

    @Test func aLaterStopOfTheSameVisitorIsTheSameTripButADispatchIsAnEvent() throws {
        let a = try Fixtures.sentence("7月2日，省委书记王大明在白山市调研农村工作。王大明在江源区考察了一批企业。在临江市，王大明调度防汛工作。")
        let events = a.meetings.filter { $0.rule == "meeting.event" }
        #expect(events.count == 2)
        #expect(events.contains { $0.name.contains("调研") })
        #expect(events.contains { $0.name.contains("调度") })
        #expect(!events.contains { $0.name.contains("考察") })
    }

    @Test func aLongEventNameIsCompactedToItsSubjectPlacesAndVerb() {
        #expect(MeetingRecognizer.compactEventName("王大明李小红率某省党政代表团，就深入学习贯彻某某重要论述，全面落实某某精神，赴江苏学习考察")
                == "王大明李小红率某省党政代表团赴江苏学习考察")
        #expect(MeetingRecognizer.compactEventName("王大明到甲乙市丙丁区、戊己县、庚辛县、壬癸县，调研农业建设、产业发展、科技创新等工作")
                == "王大明到甲乙市丙丁区等地调研农业建设等工作")
        #expect(MeetingRecognizer.compactEventName("王大明先后深入甲乙小区存放处、丙丁公司生产调度室、戊己新材料项目选址现场")
                == "王大明先后深入甲乙小区存放处等")
        // A short name stays as it is.
        #expect(MeetingRecognizer.compactEventName("王大明到白山市、通化市调研") == "王大明到白山市、通化市调研")
    }
}

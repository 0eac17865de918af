import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct ModelNameRecognizerTests {
    @Test func aNameTheTaggerCutsOneShortOfAListMarkIsTheWholeItem() throws {
        // The tagger, trained on papers full of 李鹏, stops a made-up 李鹏翔 after two characters.
        let a = try Fixtures.sentence("某某集团执行总裁李鹏翔，某某公司董事长王大海出席。", model: true)
        #expect(a.names(.person).contains("李鹏翔"))
        #expect(!a.names(.person).contains("李鹏"))
    }

    @Test func aNameNoRuleAnchorsIsFoundByTheTaggerWithItsScore() throws {
        let text = "据悉，宋雨桐和她的团队花了三年时间完成这项研究。"
        #expect(try Fixtures.sentence(text).names(.person).isEmpty)
        let a = try Fixtures.sentence(text, model: true)
        #expect(a.names(.person) == ["宋雨桐"])
        let m = try #require(a.mentions(of: .person).first)
        #expect(m.rule == "person.model")
        #expect((m.score ?? 0) > 0)
    }

    @Test func anchoredNamesKeepTheirRules() throws {
        let a = try Fixtures.sentence("副市长郑国栋出席会议。", model: true)
        #expect(a.mentions(of: .person).map(\.rule) == ["person.title"])
    }

    @Test func onlyWhatReadsAsANameIsTaken() {
        let r = ModelNameRecognizer(lexicon: .shared, model: Fixtures.model)
        func reads(_ s: String, _ end: Int) -> Bool { r.readsAsName(ScalarText(s), Span(0, end)) }
        #expect(reads("宋雨桐说", 3))
        #expect(!reads("和宋雨", 3))
        #expect(!reads("宋", 1))
        #expect(reads("安娜·卡列尼娜", 7))
        #expect(!reads("·卡列尼娜", 5))
        #expect(!reads("宋雨桐新时代思想", 3))
        // 和林格尔 is a place: 林格尔 starts inside it.
        #expect(!r.readsAsName(ScalarText("推进和林格尔新区建设"), Span(3, 6)))
        #expect(r.readsAsName(ScalarText("推进宋雨桐新区建设"), Span(2, 5)))
    }

    @Test func theOtherMembersOfAListOfPeopleArePeople() {
        let text = ScalarText("会议由郑国栋、宋雨桐、陈家豪、周立新主持。")
        var article = Article(ordinal: 1, pageSpan: Span(0, text.count), text: text, display: text,
                              pageOffsets: Array(0..<text.count), bodyLength: text.count)
        article.sentences = [Span(0, text.count)]
        for span in [Span(3, 6), Span(7, 10), Span(15, 18)] {
            article.mentions.append(Mention(kind: .person, span: span, text: text.string(span), rule: "person.list"))
        }
        let r = ModelNameRecognizer(lexicon: .shared, model: Fixtures.model)
        #expect(r.listMembers(article).map(\.text) == ["陈家豪"])
        // Fewer than half the members known: nothing is added.
        article.mentions.removeLast(2)
        #expect(r.listMembers(article).isEmpty)
    }
}

@Suite struct ModelNameRecognizerBoundariesTests {
    let recognizer = ModelNameRecognizer(lexicon: .shared, model: Fixtures.model)

    @Test func spacesFunctionWordsAndPostsAtTheEdgesAreTrimmed() {
        #expect(recognizer.nameSpan(ScalarText(" 宋雨桐以"), Span(0, 5)) == Span(1, 4))
        #expect(recognizer.nameSpan(ScalarText("周立新副主席"), Span(0, 4)) == Span(0, 3))
        #expect(recognizer.nameSpan(ScalarText("殷殷嘱托"), Span(0, 2)) == nil)
        #expect(recognizer.nameSpan(ScalarText("据新华网报道"), Span(1, 4)) == nil)
    }

    @Test func aListItemKeepsItsLastCharacterAndAVerbAfterANameIsCut() {
        // …、王中和、… is a whole name; 王中和平 outside a list loses the function character.
        #expect(recognizer.nameSpan(ScalarText("刘一、王中和、陈二"), Span(3, 6)) == Span(3, 6))
        #expect(recognizer.nameSpan(ScalarText("王中和平"), Span(0, 3)) == Span(0, 2))
        // 陈明作了报告: 作 opens the verb.
        #expect(recognizer.nameSpan(ScalarText("陈明作了报告"), Span(0, 3)) == Span(0, 2))
    }

    func article(_ s: String, person: Span, rule: String) -> Article {
        let text = ScalarText(s)
        var a = Article(ordinal: 1, pageSpan: Span(0, text.count), text: text, display: text,
                        pageOffsets: Array(0..<text.count), bodyLength: text.count)
        a.sentences = [Span(0, text.count)]
        let name = text.string(person)
        a.mentions = [Mention(kind: .person, span: person, text: name, rule: rule)]
        a.relations = [Relation(kind: .holdsPost, subject: EntityRef(.person, name), object: EntityRef(.post, "检察长"),
                                evidence: Span(0, person.end), rule: rule)]
        return a
    }

    @Test func theTaggersBoundariesCorrectARulesName() {
        let a = article("省检察院检察长郑国栋出席会议。", person: Span(7, 9), rule: "person.title")
        let (fixed, gone) = recognizer.reconciled(a, with: [Span(7, 10)])
        #expect(fixed.mentions.map(\.text) == ["郑国栋"])
        #expect(fixed.mentions.first?.rule == "person.title")
        #expect(fixed.relations.first?.subject?.name == "郑国栋")
        #expect(gone == ["郑国"])
    }

    @Test func aLeaderTheTaggerDoesNotSeeIsDroppedOnlyWhenItHoldsAFunctionWord() {
        let wrong = article("表示祝贺并在总书记指引下前进。", person: Span(3, 6), rule: "person.leader")
        let (fixed, gone) = recognizer.reconciled(wrong, with: [])
        #expect(fixed.mentions.isEmpty)
        #expect(fixed.relations.isEmpty)
        #expect(gone == ["贺并在"])
        let kept = article("学习郑国栋总书记讲话。", person: Span(2, 5), rule: "person.leader")
        #expect(recognizer.reconciled(kept, with: []).0.mentions.map(\.text) == ["郑国栋"])
    }
}

@Suite struct ModelNameRecognizerPostsTests {
    @Test func aTaggerNameGetsThePostsPrintedRightBeforeIt() throws {
        let a = try Fixtures.sentence("县财政局一级巡视员 郑国栋介绍了情况。")
        let span = Span(10, 13)
        #expect(a.text.string(span) == "郑国栋")
        let person = Mention(kind: .person, span: span, text: "郑国栋", rule: "person.model")
        let relations = ModelNameRecognizer(lexicon: .shared, model: Fixtures.model).posts(of: person, in: a)
        #expect(relations.filter { $0.kind == .holdsPost }.map(\.object.name) == ["县财政局一级巡视员"])
        #expect(relations.allSatisfy { $0.subject?.name == "郑国栋" && $0.rule == "person.model" })
    }

    @Test func aNameWithNoPostBeforeItHasNone() throws {
        let a = try Fixtures.sentence("据悉，郑国栋介绍了情况。")
        let person = Mention(kind: .person, span: Span(3, 6), text: "郑国栋", rule: "person.model")
        #expect(ModelNameRecognizer(lexicon: .shared, model: Fixtures.model).posts(of: person, in: a).isEmpty)
    }
}

@Suite struct ModelNameRecognizerListPostsTests {
    @Test func aLaterMemberOfAListSharesThePostsBeforeTheList() throws {
        var a = try Fixtures.sentence("县政协副主席郑国栋、宋雨桐出席会议。")
        // Whatever the grammar found, 宋雨桐 stands as a tagger name after 郑国栋 and 、.
        a.mentions.removeAll { $0.kind == .person }
        a.mentions.append(Mention(kind: .person, span: Span(6, 9), text: "郑国栋", rule: "person.title"))
        let person = Mention(kind: .person, span: Span(10, 13), text: "宋雨桐", rule: "person.model")
        a.mentions.append(person)
        let relations = ModelNameRecognizer(lexicon: .shared, model: Fixtures.model).posts(of: person, in: a)
        let chain = a.mentions(of: .title).filter { $0.span.end == 6 }.map(\.name)
        #expect(!chain.isEmpty)
        #expect(relations.filter { $0.kind == .holdsPost }.map(\.object.name) == chain)
    }
}

@Suite struct ModelNameRecognizerPostSlotsTests {
    @Test func twoOrThreeCharactersAfterAPostClosedByListPunctuationAreAName() throws {
        var a = try Fixtures.sentence("县委副书记危立新，县长郑国栋出席会议。")
        a.mentions.removeAll { $0.kind == .person }
        let found = ModelNameRecognizer(lexicon: .shared, model: Fixtures.model).postSlotNames(a)
        // 郑国栋 is followed by a verb, not a list's punctuation: the slot rule leaves it to the others.
        #expect(found.map(\.text) == ["危立新"])
        #expect(found.allSatisfy { $0.rule == "person.post-slot" })
    }

    @Test func aWordAfterAPostIsNoName() throws {
        var a = try Fixtures.sentence("会议由县委书记主持，副县长讲话。")
        a.mentions.removeAll { $0.kind == .person }
        #expect(ModelNameRecognizer(lexicon: .shared, model: Fixtures.model).postSlotNames(a).isEmpty)
    }
}

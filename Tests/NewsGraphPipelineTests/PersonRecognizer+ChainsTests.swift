import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PersonRecognizerChainsTests {
    let r = PersonRecognizer(lexicon: .shared)

    @Test func theChainOfPostsBeforeANameIsReadBackToItsFirstPost() throws {
        let a = try Fixtures.sentence("会上，省委副书记、省长郑国栋讲话。")
        let name = try #require(a.mentions(of: .person).first)
        #expect(r.titleChain(a, endingAt: name.span.start).map(\.text) == ["省委副书记", "省长"])
    }

    @Test func aNameFoundAgainOnThePageHoldsThePostsPrintedBeforeIt() throws {
        // The post rule does not close 许明 before 应邀; 许明说 later names him, and the posts are his.
        let a = try Fixtures.sentence("县委副书记、县长许明应邀出席并作通报。许明说，要抓好落实。")
        #expect(a.mentions(of: .person).first?.rule == "person.known")
        #expect(a.posts(of: "许明") == ["县委副书记", "县长"])
    }

    @Test func aCreditWordTitlesTheReportersAfterItAndTheFallbackOtherwise() throws {
        let a = try Fixtures.sentence("（记者 张立 通讯员 王明 李强）会议召开。")
        let span = Span(0, 16)
        let wang = try #require(a.text.occurrences(of: "王明").first)
        #expect(r.titleMentions(a, endingAt: wang, in: span, fallback: "记者").map(\.text) == ["通讯员"])
        #expect(r.titleMentions(a, endingAt: 1, in: Span(1, 1), fallback: "记者").map(\.text) == ["记者"])
        // An intern credited after a reporter is the intern, not a second reporter.
        let b = try Fixtures.sentence("（记者 张立 实习生 李强）会议召开。")
        let li = try #require(b.text.occurrences(of: "李强").first)
        #expect(r.titleMentions(b, endingAt: li, in: Span(0, 13), fallback: "记者").map(\.text) == ["实习生"])
    }
}

import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct ModelNameRecognizerBodiesTests {
    let r = ModelNameRecognizer(lexicon: .shared, model: Fixtures.model)

    func body(_ text: String, _ name: String) throws -> Span? {
        let article = try Fixtures.sentence(text)
        let start = article.text.occurrences(of: name).first!
        return r.bodySpan(article.text, Span(start, start + name.unicodeScalars.count), in: article)
    }

    @Test func aSpanCutInsideAnOrdinaryWordIsNoBody() throws {
        // 协同 runs on past the span's end; 互联 starts before its start.
        #expect(try body("着力推动长河远山协同发展。", "长河远山协") == nil)
        #expect(try body("推进互联网医院建设。", "联网医院") == nil)
        #expect(try body("远山重工董事长出席。", "远山重工") != nil)
    }

    @Test func venuesCollectivesAndClassesAreNoBodies() throws {
        #expect(try body("会议在长河远山大酒店召开。", "长河远山大酒店") == nil)
        #expect(try body("各市县政府负责同志参加。", "各市县政府") == nil)
    }

    /// A span holding one quotation mark of a pair cuts a name in two; one that starts where an
    /// ordinary word ends with its first character is inside that word.
    @Test func halfQuotedSpansAndSpansInsideAWordAreNoBodies() throws {
        #expect(try body("推进远山“双中心”建设。", "远山“双中心") == nil)
        #expect(try body("推进远山“双中心”建设。", "远山“双中心”") != nil)
        #expect(try body("要严格执行物业公司管理规定。", "行物业公司") == nil)
    }
}

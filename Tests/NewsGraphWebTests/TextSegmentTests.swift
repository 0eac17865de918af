import NewsGraphModel
import NewsGraphStore
import NewsGraphWeb
import Testing

@Suite("TextSegment")
struct TextSegmentTests {
    let text = "省长韩俊主持召开会议。"
    let mentions = [
        ArticleMention(kind: .title, span: Span(0, 2), text: "省长", name: "省长", entityKind: .post, entityKey: "post:省长"),
        ArticleMention(kind: .person, span: Span(0, 4), text: "省长韩俊", name: "韩俊", entityKind: .person, entityKey: "person:韩俊"),
        ArticleMention(kind: .meeting, span: Span(8, 10), text: "会议", name: "常务会议", entityKind: .meeting, entityKey: "meeting:常务会议"),
    ]

    @Test("every character is printed once; a mention inside a longer one is left out")
    func segments() {
        let segments = TextSegment.segments(of: text, mentions: mentions, links: WebLinks(style: .server))
        #expect(segments.map(\.text).joined() == text)
        #expect(segments.map(\.text) == ["省长韩俊", "主持召开", "会议", "。"])
        #expect(segments.map(\.isMention) == [true, false, true, false])
        #expect(segments[0].kind == "person")
        #expect(segments[0].href == "/person/%E9%9F%A9%E4%BF%8A")
        #expect(segments[0].hint == "韩俊 · person:韩俊")
        #expect(segments[2].href == "/meeting/%E5%B8%B8%E5%8A%A1%E4%BC%9A%E8%AE%AE")
    }

    @Test("mentions without a page link to a search on the server and to nothing in the report")
    func searchLinks() {
        let post = [ArticleMention(kind: .title, span: Span(0, 2), text: "省长", name: "省长", entityKind: .post, entityKey: "post:省长")]
        #expect(TextSegment.segments(of: text, mentions: post, links: WebLinks(style: .server))[0].href == "/search?q=%E7%9C%81%E9%95%BF")
        #expect(TextSegment.segments(of: text, mentions: post, links: WebLinks(style: .files))[0].href == nil)
    }

    @Test("spans past the text or empty are left out, and text without mentions is one plain segment")
    func edges() {
        let bad = [ArticleMention(kind: .person, span: Span(9, 40), text: "x", name: "x", entityKind: .person, entityKey: "person:x"),
                   ArticleMention(kind: .person, span: Span(3, 3), text: "", name: "y", entityKind: .person, entityKey: "person:y")]
        let segments = TextSegment.segments(of: text, mentions: bad, links: WebLinks(style: .server))
        #expect(segments.count == 1)
        #expect(segments[0].text == text && !segments[0].isMention)
        #expect(TextSegment.segments(of: "", mentions: [], links: WebLinks(style: .server)).isEmpty)
    }
}

@testable import NewsGraphStore
import Testing

@Suite("Snippet")
struct SnippetTests {
    @Test("the first match is marked and long text is cut with ellipses")
    func marks() {
        let text = String(repeating: "甲", count: 30) + "常务会议" + String(repeating: "乙", count: 30)
        let snippet = Snippet.make(text, matching: "常务会议", radius: 3)
        #expect(snippet == "…甲甲甲【常务会议】乙乙乙…")
        #expect(Snippet.make("会议会议", matching: "会议") == "【会议】会议")
    }

    @Test("ASCII case is ignored, line breaks flattened, absence is nil")
    func edges() {
        #expect(Snippet.make("About GDP\ngrowth", matching: "gdp") == "About 【GDP】 growth")
        #expect(Snippet.make("会议", matching: "常务") == nil)
        #expect(Snippet.make("会", matching: "会议") == nil)
    }
}

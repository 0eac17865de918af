import Foundation
@testable import NewsGraphStore
import Testing

@Suite("MeetingNameMatcher.contains")
struct MeetingNameMatcherContainsTests {
    @Test("answers as Foundation's contains does, plain or not")
    func sameAsFoundation() {
        let texts = ["省政府2022年第14次常务会议", "省委十一届十一次全会", "常务会议", "", "ABC会议", "e\u{301}会议", "\u{F900}会议", "会议\r\n",
                     "第１４次常务会议", "한국회의"]
        let parts = ["常务会议", "14", "会议", "", "é", "e", "\u{8C48}", "\n", "１４", "국", "A"]
        for text in texts {
            for part in parts {
                #expect(MeetingNameMatcher.contains(text, part) == text.contains(part), "\(text) ∋ \(part)")
            }
        }
    }

    @Test("plain text is ASCII, CJK ideographs and punctuation and full-width forms only")
    func plain() {
        #expect(MeetingNameMatcher.isPlain("省政府2022年第14次常务会议（一）"))
        #expect(!MeetingNameMatcher.isPlain("e\u{301}"))
        #expect(!MeetingNameMatcher.isPlain("\u{F900}"))
        #expect(!MeetingNameMatcher.isPlain("会议\r\n"))
        #expect(!MeetingNameMatcher.isPlain("\u{302A}"))
    }
}

import Testing
import NewsGraphModel

@Suite struct ScalarTextTests {
    @Test func slicesAndFindsByCharacterOffsets() {
        let t = ScalarText("省委副书记、省长韩俊")
        #expect(t.count == 10)
        #expect(t.string(Span(8, 10)) == "韩俊")
        #expect(t.hasPrefix("省长", at: 6))
        #expect(t.occurrences(of: "省") == [0, 6])
    }

    @Test func spansBecomeTheSameUTF8AsTheTextTheyCameFromWhateverTheScalarLength() {
        // One, two, three and four UTF-8 bytes: A, é, 韩, 𠀀; and a combining mark kept apart.
        let source = "A\u{E9}韩\u{20000}e\u{301}。"
        let t = ScalarText(source)
        #expect(t.count == 7)
        #expect(Array(t.description.utf8) == Array(source.utf8))
        #expect(Array(t.string(Span(1, 4)).utf8) == Array("\u{E9}韩\u{20000}".utf8))
        #expect(t.string(Span(4, 6)).unicodeScalars.map(\.value) == [0x65, 0x301])
        #expect(t.string(Span(-3, 2)) == "A\u{E9}")
        #expect(t.string(Span(5, 99)) == "\u{301}。")
        #expect(t.string(Span(3, 3)).isEmpty)
    }

    @Test func spansCompareAndNest() {
        #expect(Span(0, 4).contains(Span(1, 3)))
        #expect(!Span(0, 2).overlaps(Span(2, 4)))
        #expect(Span(1, 2) < Span(1, 3))
    }
}

@Suite struct ScalarTextTrimmingTests {
    @Test func spacesAtTheEndsAreTrimmedDownToTheMinimum() {
        let t = ScalarText(" \u{3000}甲乙 ")
        #expect(t.trimmingSpaces(Span(0, 5)) == Span(2, 4))
        #expect(ScalarText("   ").trimmingSpaces(Span(0, 3)).length == 0)
        #expect(ScalarText("   ").trimmingSpaces(Span(0, 3), minimum: 1).length == 1)
    }
}

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

import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct ContinuationMarkerTests {
    @Test func continuedFromAnEarlierPage() throws {
        let m = try #require(ContinuationMarker.parse(ScalarText("（上接第一版）稳定就业，筑牢民生之本"), at: 0))
        #expect(m.direction == .from)
        #expect(m.page == 1)
        #expect(m.end == 7)
        let other = try #require(ContinuationMarker.parse(ScalarText("(接上第十二版)"), at: 0))
        #expect(other.direction == .from)
        #expect(other.page == 12)
        #expect(other.end == 8)
    }

    @Test func continuedOnALaterPage() throws {
        let text = ScalarText("全力推动全省经济加快恢复增长。（下转第3版）")
        let m = try #require(ContinuationMarker.parse(text, at: 15))
        #expect(m.direction == .to)
        #expect(m.page == 3)
        #expect(m.end == text.count)
        #expect(ContinuationMarker.parse(ScalarText("（转下第二版）"), at: 0)?.page == 2)
    }

    @Test func otherParenthesesAreNotMarkers() {
        for text in ["（记者万双）", "（上接第一页）", "（上接第版）", "（下转第3版", "（上接第一版", "上接第一版）", "（2022年6月16日通过）"] {
            #expect(ContinuationMarker.parse(ScalarText(text), at: 0) == nil, "\(text)")
        }
        #expect(ContinuationMarker.parse(ScalarText("（上接第一版）"), at: 1) == nil)
        #expect(ContinuationMarker.parse(ScalarText("（上接第一版）"), at: 7) == nil)
    }

    @Test func anArticleReadsItsMarkersAtBothEnds() throws {
        let a = try Fixtures.sentence("（上接第一版）全省上下坚持稳字当头，推动各项政策落地见效。（下转第3版）")
        #expect(a.continuedFromPage == 1)
        #expect(a.continuedToPage == 3)
        #expect(a.dateline == nil)
    }
}

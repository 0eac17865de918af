import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PlaceRecognizerGivenNamesTests {
    /// A place's name right after a post and a surname is the given name of the person named there.
    @Test func aPlaceNameAfterAPostAndASurnameIsAGivenName() throws {
        let a = try Fixtures.sentence("县委书记陈全国主持会议，市长刘长春出席。")
        #expect(a.mentions(of: .place).isEmpty)
        #expect(a.mentions(of: .person).map(\.name) == ["陈全国", "刘长春"])
    }

    /// After a post and a word that is no surname the place stays a place.
    @Test func afterAPostAndAVerbThePlaceStays() throws {
        let a = try Fixtures.sentence("市长到长春调研。")
        #expect(a.mentions(of: .place).map(\.text) == ["长春"])
    }
}

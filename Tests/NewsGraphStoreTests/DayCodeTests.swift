@testable import NewsGraphStore
import Testing

@Suite struct DayCodeTests {
    /// Codes order as the dates' bytes do, an unknown day first; each code gives its date back.
    @Test func ordersAsTheDatesBytes() {
        let dates = ["0000-00-00", "0999-12-31", "2021-12-31", "2022-01-01", "2022-06-09", "2022-06-10", "2022-10-01", "9999-99-99"]
        let codes = dates.map { DayCode($0) }
        #expect(codes == codes.sorted())
        #expect(Set(codes).count == dates.count)
        #expect(codes.map(\.text) == dates)
        #expect(DayCode(nil) == .unknown)
        #expect(DayCode.unknown.text == nil)
        #expect(codes.allSatisfy { DayCode.unknown < $0 })
    }

    /// Only a full `YYYY-MM-DD` has a code of its own, as `FirstLinkRanking.isFullDate` tells it.
    @Test func readsOnlyFullDates() {
        for text in ["06-10", "2022-06-1", "2022-06-100", "2022/06/10", "２０２２-06-10", "", "2022-0a-10"] {
            #expect(DayCode(text) == .unknown, "\(text)")
            #expect(!FirstLinkRanking.isFullDate(text) || DayCode(text) != .unknown)
        }
        #expect(DayCode("2022-06-17").text == "2022-06-17")
    }
}

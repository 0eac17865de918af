import Testing
import NewsGraphModel

@Suite struct SimpleDateTests {
    @Test func parsesAndPrintsISODates() {
        #expect(SimpleDate(iso: "2022-06-16") == SimpleDate(year: 2022, month: 6, day: 16))
        #expect(SimpleDate(iso: "2022-13-01") == nil)
        #expect(SimpleDate(year: nil, month: 6, day: 1).iso == "06-01")
        // A date without a year reads back from its own `iso`.
        #expect(SimpleDate(iso: "06-01") == SimpleDate(year: nil, month: 6, day: 1))
        #expect(SimpleDate(iso: "13-01") == nil)
    }

    @Test func countsDaysAcrossMonthsAndYears() {
        let d = SimpleDate(year: 2022, month: 6, day: 16)
        #expect(d.adding(days: 1) == SimpleDate(year: 2022, month: 6, day: 17))
        #expect(SimpleDate(year: 2022, month: 12, day: 31).adding(days: 1) == SimpleDate(year: 2023, month: 1, day: 1))
        #expect(SimpleDate(year: 2024, month: 2, day: 28).adding(days: 1) == SimpleDate(year: 2024, month: 2, day: 29))
        #expect(SimpleDate(dayNumber: 0) == SimpleDate(year: 1970, month: 1, day: 1))
    }

    @Test func aYearlessDateTakesTheYearThatPutsItBeforeTheIssue() {
        let issue = SimpleDate(year: 2023, month: 1, day: 3)
        #expect(SimpleDate(year: nil, month: 12, day: 30).resolved(against: issue) == SimpleDate(year: 2022, month: 12, day: 30))
        #expect(SimpleDate(year: nil, month: 1, day: 2).resolved(against: issue) == SimpleDate(year: 2023, month: 1, day: 2))
    }
}

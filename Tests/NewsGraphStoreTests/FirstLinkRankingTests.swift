import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite struct FirstLinkRankingTests {
    let meeting = LinkRow.End(id: 10, kind: .meeting, name: "常务会议", key: "常务会议", date: nil)

    /// A candidate attending `meeting`.
    func attended(_ id: Int64, by person: LinkRow.End, ordinal: Int?, day: String?) -> FirstLinkRanking.Candidate {
        FirstLinkRanking.Candidate(relationId: id, kind: .attended, subject: person, object: meeting, ordinal: ordinal, day: day,
                                   articleId: 1)
    }

    /// The meeting and `persons` by id, as `winners(ends:)` is given them.
    func ends(_ persons: LinkRow.End...) -> [Int64: LinkRow.End] {
        Dictionary(uniqueKeysWithValues: (persons + [meeting]).map { ($0.id, $0) })
    }

    /// Numbered before unnumbered, lower ordinal, earlier day (unknown first), lower id: whatever the order seen.
    @Test func keepsTheFirstOfEachPair() {
        let person = LinkRow.End(id: 1, kind: .person, name: "韩俊", key: "韩俊", date: nil)
        let candidates = [
            attended(5, by: person, ordinal: nil, day: nil), attended(4, by: person, ordinal: 2, day: "2022-06-17"),
            attended(3, by: person, ordinal: 2, day: "2022-06-16"), attended(2, by: person, ordinal: 2, day: "2022-06-16"),
            attended(6, by: person, ordinal: 3, day: nil),
        ]
        for rotation in candidates.indices {
            var ranking = FirstLinkRanking()
            for candidate in candidates[rotation...] + candidates[..<rotation] { ranking.consider(candidate) }
            #expect(ranking.winners(ends: ends(person)).map(\.relationId) == [2])
        }
        var unnumbered = FirstLinkRanking()
        for id: Int64 in [9, 7, 8] { unnumbered.consider(attended(id, by: person, ordinal: nil, day: id == 8 ? nil : "2022-06-16")) }
        #expect(unnumbered.winners(ends: ends(person)).map(\.relationId) == [8])
    }

    /// Ends ordered by kind, name and id byte for byte: `Cafe` + U+0301 and `Café`, equal as Swift strings,
    /// come in byte order.
    @Test func ordersEndsByteForByte() {
        let decomposed = LinkRow.End(id: 3, kind: .person, name: "Cafe\u{301}", key: "a", date: nil)
        let composed = LinkRow.End(id: 1, kind: .person, name: "Café", key: "b", date: nil)
        let chinese = LinkRow.End(id: 2, kind: .person, name: "韩俊", key: "c", date: nil)
        #expect(decomposed.name == composed.name)
        var ranking = FirstLinkRanking()
        for (index, person) in [chinese, composed, decomposed].enumerated() {
            ranking.consider(attended(Int64(index), by: person, ordinal: nil, day: nil))
        }
        #expect(ranking.winners(ends: ends(chinese, composed, decomposed)).map(\.subject) == [3, 1, 2])
        // An end missing from those given leaves its relations out.
        #expect(ranking.winners(ends: ends(chinese, composed)).map(\.subject) == [1, 2])
    }

    /// The filters of `links`: both ends' kinds, relation kinds, an end touched, days within the bounds.
    @Test func filtersAsLinksDoes() {
        let person = LinkRow.End(id: 1, kind: .person, name: "韩俊", key: "韩俊", date: nil)
        let undated = attended(1, by: person, ordinal: nil, day: nil)
        let dated = attended(2, by: person, ordinal: nil, day: "2022-06-16")
        #expect(FirstLinkRanking(entityKinds: [.person, .meeting]).admits(dated))
        #expect(!FirstLinkRanking(entityKinds: [.person]).admits(dated))
        #expect(!FirstLinkRanking(relationKinds: [.presided]).admits(dated))
        #expect(FirstLinkRanking(touching: [10]).admits(dated))
        #expect(!FirstLinkRanking(touching: [2]).admits(dated))
        #expect(FirstLinkRanking(from: "2022-06-16", to: "2022-06-16").admits(dated))
        #expect(!FirstLinkRanking(from: "2022-06-17").admits(dated))
        #expect(!FirstLinkRanking(to: "2022-06-15").admits(dated))
        #expect(!FirstLinkRanking(from: "2000-01-01").admits(undated))
        #expect(FirstLinkRanking().admits(undated))
    }

    /// A relation's own date counts only when it is a full `YYYY-MM-DD`, as SQLite's `GLOB` tells it.
    @Test func daysAsGlobTellsThem() {
        #expect(FirstLinkRanking.day(ownDate: "2022-06-10", issueDay: "2022-06-17") == "2022-06-10")
        #expect(FirstLinkRanking.day(ownDate: "06-10", issueDay: "2022-06-17") == "2022-06-17")
        #expect(FirstLinkRanking.day(ownDate: nil, issueDay: nil) == nil)
        for text in ["2022-06-1", "2022-06-100", "2022/06/10", "２０２２-06-10", ""] {
            #expect(!FirstLinkRanking.isFullDate(text))
        }
    }
}

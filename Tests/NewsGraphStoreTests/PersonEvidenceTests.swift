import Testing
import NewsGraphModel
@testable import NewsGraphStore

@Suite struct PersonEvidenceTests {
    typealias Vote = PersonEvidence.Vote

    /// Made-up sightings of one name: two provinces that overlap in time, one paper-only article.
    let sightings: [PersonEvidence.Sighting] = [
        .init(article: 1, mentioned: true, paper: "吉林", votes: [Vote(region: "吉林", evidence: .post, post: "吉林省长", date: "2022-01-05")]),
        .init(article: 2, mentioned: true, paper: "辽宁", votes: [Vote(region: "辽宁", evidence: .post, post: "辽宁省委书记", date: "2022-03-01"),
                                                             Vote(region: "national", evidence: .national, post: "全国人大代表", date: "2022-03-01")]),
        .init(article: 3, mentioned: true, paper: "吉林", votes: [Vote(region: "吉林", evidence: .context, post: "省长", date: "2022-06-20")]),
        .init(article: 4, mentioned: true, paper: "", votes: []),
    ]

    func summary(_ e: PersonEvidence) -> String {
        let regions = e.regions.keys.sorted().map(e.describe).joined(separator: "; ")
        let places = e.articles.keys.sorted().map { "\($0):\(e.articles[$0]!.vote ?? "-")/\(e.articles[$0]!.paper ?? "-")" }.joined(separator: " ")
        return [regions, places, e.nationalPosts.sorted().joined(separator: "、"), "\(String(describing: e.firstConflict()))"].joined(separator: " | ")
    }

    @Test func evidenceAddedInAnyOrderOrTwiceIsTheSame() {
        var forward = PersonEvidence()
        for s in sightings { forward.add(s) }
        var backward = PersonEvidence()
        for s in sightings.reversed() { backward.add(s) }
        var twice = forward
        for s in sightings { twice.add(s) }
        #expect(summary(forward) == summary(backward))
        #expect(summary(forward) == summary(twice))
        #expect(forward.regions["吉林"]?.first == "2022-01-05" && forward.regions["吉林"]?.last == "2022-06-20")
        #expect(forward.articles[4]?.paper == nil)
        #expect(forward.firstConflict().map { [$0.0, $0.1] } == ["吉林", "辽宁"])
        #expect(forward.nationalPosts == ["全国人大代表"])
    }
}

import NewsGraphModel

/// Decides, for every person an article prints with a post, where that post places them.
///
/// The post's own words decide first: a national body or post (`national-bodies.txt`: `国务院`,
/// `总书记`) is national; a post naming a province (`吉林省委书记`) or a city
/// (`place-provinces.tsv`: `大连市委书记` → 辽宁) is in that province. A post naming no place
/// (`省长`, `市委书记`) takes the province of the nearest post or body before it in the same
/// sentence that names one (`吉林省委书记甲、省长乙` → 吉林, even in another province's paper),
/// and failing that the paper's province: as good as named for a post relative to the province
/// (`省长`), weak evidence for any other (`市委书记`). A person printed without a post
/// gets no vote. Each person gets at most one provincial vote per article (the strongest, then
/// the first printed) and a national one if any post is national.
public struct JurisdictionResolver: ArticleComponent {
    public let name = "jurisdictions"
    public let needs: Set<DocumentLayer> = [.relations, .issueRegion]
    public let adds: Set<DocumentLayer> = [.jurisdictions]
    let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        var a = article
        a.jurisdictions = jurisdictions(of: article, paperRegion: document.issue.region)
        for k in a.meetings.indices {
            a.meetings[k].jurisdiction = jurisdiction(ofMeeting: a.meetings[k].name)
            // A date printed without a year (6月19日) is in the issue's year.
            if let date = a.meetings[k].date, date.year == nil, let issue = document.issue.date, issue.year != nil {
                a.meetings[k].date = date.resolved(against: issue)
            }
        }
        return a
    }

    /// Whose meeting `name` is: a delegation (`吉林代表团`), the province or city its name gives,
    /// `national` for a body of the whole country (`十三届全国人大五次会议`, `十九届六中全会`), or nil
    /// when the name is relative to the paper's province (`省委十一届十一次全会`).
    func jurisdiction(ofMeeting name: String) -> String? {
        let t = ScalarText(name)
        var i = 0
        while i < t.count {
            if let place = lexicon.places.longestMatch(in: t, at: i).map({ t.string(i, $0) }),
               lexicon.provinces.contains(place) || lexicon.placeProvinces[place] != nil {
                let end = i + place.unicodeScalars.count
                let delegation = ["代表团", "省代表团", "市代表团"].contains { t.hasPrefix($0, at: end) }
                return delegation ? place + "代表团" : place
            }
            i += 1
        }
        if name.contains("全国") || isNational(name) || name.hasPrefix("党的") { return PersonJurisdiction.national }
        let signature = MeetingNames.signature(name)
        if !signature.numbers.isEmpty, ["plenum", "party-congress", "congress"].contains(signature.kind),
           let first = name.unicodeScalars.first, ChineseNumber.isNumeral(first) || first == "第" {
            return PersonJurisdiction.national
        }
        return nil
    }

    /// The votes of `article`, sorted by name, then evidence.
    func jurisdictions(of article: Article, paperRegion: String?) -> [PersonJurisdiction] {
        var provincial: [String: PersonJurisdiction] = [:]
        var national: [String: PersonJurisdiction] = [:]
        let posts = article.relations.filter { $0.kind == .holdsPost && $0.subject?.kind == .person }
            .sorted { $0.evidence < $1.evidence }
        let names = Set(article.mentions(of: .person).map(\.name))
        for relation in posts {
            guard let subject = relation.subject?.name else { continue }
            // A relation may name more than a person mention does (`张三率` beside `张三`): the vote
            // is also that mention's.
            for person in names.filter({ subject.hasPrefix($0) }).union(names.contains(subject) ? [subject] : []).sorted() {
                guard let vote = vote(for: person, post: relation.object.name, at: relation.evidence.start,
                                      in: article, paperRegion: paperRegion) else { continue }
                if vote.evidence == .national {
                    if national[person] == nil { national[person] = vote }
                } else if let current = provincial[person], current.evidence <= vote.evidence {
                    continue
                } else {
                    provincial[person] = vote
                }
            }
        }
        return (Array(provincial.values) + Array(national.values)).sorted {
            ($0.name, $0.evidence, $0.region) < ($1.name, $1.evidence, $1.region)
        }
    }

    /// Where the post `post`, printed at `offset`, places `person`; nil when nothing says.
    func vote(for person: String, post: String, at offset: Int, in article: Article, paperRegion: String?) -> PersonJurisdiction? {
        if isNational(post) {
            return PersonJurisdiction(name: person, region: PersonJurisdiction.national, evidence: .national, post: post)
        }
        if let region = province(namedBy: post) {
            return PersonJurisdiction(name: person, region: region, evidence: .post, post: post)
        }
        if let sentence = article.sentence(containing: offset) {
            let before = article.mentions.filter {
                ($0.kind == .title || $0.kind == .organization) && $0.span.start >= sentence.start && $0.span.end <= offset
            }
            for mention in before.sorted(by: { $0.span.end > $1.span.end }) where !isNational(mention.name) {
                if let region = province(namedBy: mention.name) {
                    return PersonJurisdiction(name: person, region: region, evidence: .context, post: mention.name + "…" + post)
                }
            }
        }
        // A national paper (人民日报, region 全国) places no post that names no place.
        if let paperRegion, !paperRegion.isEmpty, lexicon.provinces.contains(paperRegion) || lexicon.placeProvinces[paperRegion] != nil {
            // A paper's 省委 and 省长 are its own province's; a 市委书记 could be any city's.
            let relative = post.hasPrefix("省")
            return PersonJurisdiction(name: person, region: paperRegion, evidence: relative ? .context : .paper, post: post)
        }
        return nil
    }

    /// Whether `name` starts with a national body or post.
    func isNational(_ name: String) -> Bool {
        lexicon.nationalBodies.longestMatch(in: ScalarText(name), at: 0) != nil
    }

    /// The province `name` starts with, directly or through one of its cities; the longest wins.
    func province(namedBy name: String) -> String? {
        var best: (String, Int)?
        for province in lexicon.provinces where name.hasPrefix(province) {
            if best == nil || province.count > best!.1 { best = (province, province.count) }
        }
        for (place, province) in lexicon.placeProvinces where name.hasPrefix(place) {
            if best == nil || place.count > best!.1 || (place.count == best!.1 && province < best!.0) { best = (province, place.count) }
        }
        return best?.0
    }
}

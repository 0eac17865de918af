import GRDB
import NewsGraphModel

/// What the stored articles say about where a person name's holders served, and when.
///
/// Read from `person_votes` (the jurisdiction of each article's posts) and the province of each
/// article's paper; `EntityResolver` decides from it whether a name is one person or several.
struct PersonEvidence {
    /// Where one article places the name: its strongest provincial vote, and its paper's province.
    struct Place {
        var vote: String?
        var paper: String?
    }

    /// The provincial votes of one province.
    struct Region {
        var first: String?
        var last: String?
        var articles: Set<Int64> = []
        /// Whether any post names the province (`post` or `context`), not only the paper.
        var strong = false
        /// The post that best shows it (strongest evidence, then earliest, then code point order).
        var post: (evidence: PersonJurisdiction.Evidence, date: String, post: String)?
    }

    var articles: [Int64: Place] = [:]
    var regions: [String: Region] = [:]
    var nationalPosts: Set<String> = []

    /// One stored vote of `person_votes`, without its article and name.
    struct Vote {
        var region: String
        var evidence: PersonJurisdiction.Evidence
        var post: String
        var date: String?
    }

    /// What one article says of the name: whether it prints it (and the paper's province), and its votes.
    struct Sighting {
        var article: Int64
        /// Whether a person mention of the article is called the name.
        var mentioned: Bool
        /// The province of the article's paper (nil for none or a national paper without one).
        var paper: String?
        /// The article's votes for the name, one per region (as `person_votes` keeps them).
        var votes: [Vote]
    }

    /// Loads the evidence for the person mentions called `name`.
    ///
    /// Two indexed range reads: the articles that print the name, and its votes.
    static func load(_ name: String, in db: Database) throws -> PersonEvidence {
        var sightings: [Int64: Sighting] = [:]
        let papers = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT DISTINCT m.article_id, i.region
            FROM mentions m JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
            WHERE m.kind = 'person' AND m.name = ?
            """), arguments: [name])
        while let row = try papers.next() {
            let article: Int64 = row[0]
            sightings[article] = Sighting(article: article, mentioned: true, paper: row[1], votes: [])
        }
        let votes = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT article_id, region, evidence, post, date FROM person_votes WHERE name = ?
            """), arguments: [name])
        while let row = try votes.next() {
            guard let evidence = PersonJurisdiction.Evidence(rawValue: row[2]) else { continue }
            let article: Int64 = row[0]
            sightings[article, default: Sighting(article: article, mentioned: false, paper: nil, votes: [])]
                .votes.append(Vote(region: row[1], evidence: evidence, post: row[3], date: row[4]))
        }
        var out = PersonEvidence()
        for sighting in sightings.values { out.add(sighting) }
        return out
    }

    /// Adds what one article says of the name.
    ///
    /// Adding is order-free and idempotent (sets, minima and maxima), so evidence kept across
    /// batches and given each batch's new articles equals evidence loaded afresh.
    mutating func add(_ sighting: Sighting) {
        let article = sighting.article
        if sighting.mentioned {
            let paper = sighting.paper?.isEmpty == false ? sighting.paper : nil
            articles[article, default: Place()].paper = paper
        }
        // The article's strongest provincial vote (ties: code point order); national posts apart.
        var best: Vote?
        for vote in sighting.votes {
            if vote.evidence == .national {
                nationalPosts.insert(vote.post)
                continue
            }
            if let current = best, (current.evidence, current.region) <= (vote.evidence, vote.region) {} else { best = vote }
        }
        guard let vote = best else { return }
        var region = regions[vote.region] ?? Region()
        if let date = vote.date {
            region.first = min(region.first ?? date, date)
            region.last = max(region.last ?? date, date)
        }
        region.articles.insert(article)
        if vote.evidence != .paper { region.strong = true }
        let candidate = (vote.evidence, vote.date ?? "9999", vote.post)
        if let current = region.post, (current.evidence, current.date, current.post) <= candidate {} else { region.post = candidate }
        regions[vote.region] = region
        articles[article, default: Place()].vote = vote.region
    }

    /// Whether the posts of provinces `a` and `b` overlap in time and are equally strong.
    func conflict(_ a: String, _ b: String) -> Bool {
        guard let x = regions[a], let y = regions[b], x.strong == y.strong,
              let xf = x.first, let xl = x.last, let yf = y.first, let yl = y.last else { return false }
        return xf <= yl && yf <= xl
    }

    /// The first pair of provinces (in code point order) whose posts conflict, if any.
    func firstConflict() -> (String, String)? {
        let names = regions.keys.sorted()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] where conflict(a, b) { return (a, b) }
        }
        return nil
    }

    /// The provinces that get a person of their own when the name is split: every province a
    /// post names, and paper-only provinces that conflict with another paper-only province.
    func splitRegions() -> [String] {
        regions.keys.filter { r in regions[r]!.strong || regions.keys.contains { $0 != r && conflict(r, $0) } }.sorted()
    }

    /// The province among `groups` with the most articles (ties: code point order).
    func largest(of groups: [String]) -> String {
        groups.max { a, b in
            let x = regions[a]?.articles.count ?? 0, y = regions[b]?.articles.count ?? 0
            return x != y ? x < y : a > b
        }!
    }

    /// `吉林 (2023-01-05…2023-06-20, 3 articles: 吉林省委书记)`.
    func describe(_ region: String) -> String {
        guard let r = regions[region] else { return region }
        let span = r.first.map { "\($0)…\(r.last ?? $0), " } ?? ""
        let post = r.post.map { ": " + ($0.post.isEmpty ? "the paper's province" : $0.post) + ($0.evidence == .paper ? " (paper's province)" : "") } ?? ""
        return "\(region) (\(span)\(r.articles.count) article\(r.articles.count == 1 ? "" : "s")\(post))"
    }

    /// Why the name is one person, or nil when a single article says nothing either way.
    func mergeReason() -> String? {
        var parts: [String] = []
        if !nationalPosts.isEmpty {
            parts.append("national posts (\(nationalPosts.sorted().prefix(3).joined(separator: "、"))) are not split by province")
        }
        let ordered = regions.keys.sorted { (regions[$0]!.first ?? "", $0) < (regions[$1]!.first ?? "", $1) }
        if ordered.count > 1 {
            let strong = ordered.filter { regions[$0]!.strong }
            if strong.count > 1 {
                parts.append("posts in " + strong.map(describe).joined(separator: " then ") + " do not overlap in time: one person (a career move)")
            }
            let weak = ordered.filter { !regions[$0]!.strong }
            if !strong.isEmpty && !weak.isEmpty {
                parts.append("posts naming " + strong.joined(separator: "、") + " outweigh the paper's province " + weak.joined(separator: "、"))
            } else if strong.isEmpty {
                parts.append("seen in " + weak.map(describe).joined(separator: " then ") + " one after another: one person")
            } else if strong.count == 1 {
                parts.append("posts in " + describe(strong[0]))
            }
        } else if let only = ordered.first {
            parts.append("posts in " + describe(only))
        }
        if parts.isEmpty {
            guard articles.count > 1 else { return nil }
            parts.append("same name in \(articles.count) articles with no post placing it in two provinces at once")
        }
        return parts.joined(separator: "; ")
    }
}

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

    /// Loads the evidence for the person mentions called `name`.
    static func load(_ name: String, in db: Database) throws -> PersonEvidence {
        var out = PersonEvidence()
        let papers = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT m.article_id AS article, i.region AS region
            FROM mentions m JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
            WHERE m.kind = 'person' AND m.name = ?
            """), arguments: [name])
        for row in papers {
            let region: String? = row["region"]
            out.articles[row["article"]] = Place(vote: nil, paper: region?.isEmpty == false ? region : nil)
        }
        let votes = try PersonVoteRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM person_votes WHERE name = ?"), arguments: [name])
        var best: [Int64: (PersonJurisdiction.Evidence, String)] = [:]
        for vote in votes {
            guard let evidence = PersonJurisdiction.Evidence(rawValue: vote.evidence) else { continue }
            if evidence == .national {
                out.nationalPosts.insert(vote.post)
                continue
            }
            if let current = best[vote.articleId], (current.0, current.1) <= (evidence, vote.region) {} else {
                best[vote.articleId] = (evidence, vote.region)
            }
        }
        for vote in votes {
            guard let evidence = PersonJurisdiction.Evidence(rawValue: vote.evidence), evidence != .national,
                  best[vote.articleId]?.1 == vote.region else { continue }
            var region = out.regions[vote.region] ?? Region()
            if let date = vote.date {
                region.first = min(region.first ?? date, date)
                region.last = max(region.last ?? date, date)
            }
            region.articles.insert(vote.articleId)
            if evidence != .paper { region.strong = true }
            let candidate = (evidence, vote.date ?? "9999", vote.post)
            if let current = region.post, (current.evidence, current.date, current.post) <= candidate {} else { region.post = candidate }
            out.regions[vote.region] = region
            out.articles[vote.articleId, default: Place()].vote = vote.region
        }
        return out
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

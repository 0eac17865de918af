import NewsGraphModel

/// Keeps the first relation of each (subject, object, relation kind), as `GraphStore.links` would
/// list it, from relations seen in any order: what `GraphStore.firstLinks` forms its links from.
///
/// A relation ranks before another of its pair by: numbered before unnumbered, lower ordinal, earlier
/// day (an unknown day first, as SQLite sorts NULL), lower relation id — the order of `links`.
/// Relations the filters of `links` leave out are never kept. `winners(ends:)` lists the kept relations
/// in the order of `links`: subject (kind, name, id), object (kind, name, id), relation kind, every
/// text compared byte for byte (UTF-8), as SQLite's `BINARY` collation compares it.
///
/// A candidate carries its ends' ids and kinds only (a whole graph's relations are considered, and
/// copying names is most of the cost); the ends' names are given once, to `winners(ends:)`.
///
/// ```swift
/// var ranking = FirstLinkRanking(entityKinds: [.person, .meeting])
/// ranking.consider(candidate)
/// let links = ranking.winners(ends: ends)
/// ```
struct FirstLinkRanking {
    /// One relation with the ids and kinds of both ends, and its day.
    struct Candidate {
        var relationId: Int64
        var kind: RelationKind
        var subject: Int64
        var subjectKind: EntityKind
        var object: Int64
        var objectKind: EntityKind
        var ordinal: Int?
        var day: String?
        var articleId: Int64

        init(relationId: Int64, kind: RelationKind, subject: Int64, subjectKind: EntityKind, object: Int64,
             objectKind: EntityKind, ordinal: Int?, day: String?, articleId: Int64) {
            self.relationId = relationId
            self.kind = kind
            self.subject = subject
            self.subjectKind = subjectKind
            self.object = object
            self.objectKind = objectKind
            self.ordinal = ordinal
            self.day = day
            self.articleId = articleId
        }

        /// A candidate between the entities `subject` and `object`.
        init(relationId: Int64, kind: RelationKind, subject: LinkRow.End, object: LinkRow.End, ordinal: Int?, day: String?,
             articleId: Int64) {
            self.init(relationId: relationId, kind: kind, subject: subject.id, subjectKind: subject.kind, object: object.id,
                      objectKind: object.kind, ordinal: ordinal, day: day, articleId: articleId)
        }

        /// Whether this relation comes before `other` of the same pair in `links`.
        func ranksBefore(_ other: Candidate) -> Bool {
            switch (ordinal, other.ordinal) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            switch (day, other.day) {
            case let (a?, b?) where !a.utf8.elementsEqual(b.utf8): return FirstLinkRanking.bytesPrecede(a, b)
            case (nil, _?): return true
            case (_?, nil): return false
            default: return relationId < other.relationId
            }
        }
    }

    /// What makes relations one pair.
    private struct Pair: Hashable {
        var subject: Int64
        var object: Int64
        var kind: RelationKind
    }

    let entityKinds: Set<EntityKind>?
    let relationKinds: Set<RelationKind>?
    let touching: Set<Int64>?
    let from: String?
    let to: String?
    private var best: [Pair: Candidate] = [:]

    /// A ranking that keeps only relations passing the filters of `links`: both ends of `entityKinds`,
    /// a kind of `relationKinds`, an end in `touching`, a day within `from`…`to` (inclusive; an
    /// unknown day then fails); nil lets everything through.
    init(entityKinds: Set<EntityKind>? = nil, relationKinds: Set<RelationKind>? = nil, touching: Set<Int64>? = nil,
         from: String? = nil, to: String? = nil) {
        self.entityKinds = entityKinds
        self.relationKinds = relationKinds
        self.touching = touching
        self.from = from
        self.to = to
    }

    /// Whether a relation passes the filters.
    func admits(_ candidate: Candidate) -> Bool {
        if let entityKinds, !entityKinds.contains(candidate.subjectKind) || !entityKinds.contains(candidate.objectKind) {
            return false
        }
        if let relationKinds, !relationKinds.contains(candidate.kind) { return false }
        if let touching, !touching.contains(candidate.subject) && !touching.contains(candidate.object) { return false }
        if from != nil || to != nil {
            guard let day = candidate.day else { return false }
            if let from, Self.bytesPrecede(day, from) { return false }
            if let to, Self.bytesPrecede(to, day) { return false }
        }
        return true
    }

    /// Keeps `candidate` when it passes the filters and ranks before the relation kept for its pair.
    mutating func consider(_ candidate: Candidate) {
        guard admits(candidate) else { return }
        let pair = Pair(subject: candidate.subject, object: candidate.object, kind: candidate.kind)
        if let kept = best[pair], !candidate.ranksBefore(kept) { return }
        best[pair] = candidate
    }

    /// The relation kept for each pair, in the order of `links`; `ends` holds every end by id (a
    /// candidate whose end is missing is left out).
    func winners(ends: [Int64: LinkRow.End]) -> [Candidate] {
        // Every end ranked once by (kind, name, id), so the pairs sort by integers.
        var used: Set<Int64> = []
        for candidate in best.values {
            used.insert(candidate.subject)
            used.insert(candidate.object)
        }
        let sortedEnds = used.compactMap { ends[$0] }.sorted(by: Self.endPrecedes)
        var rank: [Int64: Int] = [:]
        rank.reserveCapacity(sortedEnds.count)
        for (index, end) in sortedEnds.enumerated() { rank[end.id] = index }
        let kindRank = Dictionary(uniqueKeysWithValues: RelationKind.allCases.sorted { Self.bytesPrecede($0.rawValue, $1.rawValue) }
            .enumerated().map { ($1, $0) })
        let ranked: [(Int, Int, Int, Candidate)] = best.values.compactMap { candidate in
            guard let subject = rank[candidate.subject], let object = rank[candidate.object] else { return nil }
            return (subject, object, kindRank[candidate.kind]!, candidate)
        }
        return ranked.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
    }

    /// Whether `a` comes before `b` ordered by kind, name and id, texts byte for byte.
    static func endPrecedes(_ a: LinkRow.End, _ b: LinkRow.End) -> Bool {
        if a.kind != b.kind { return bytesPrecede(a.kind.rawValue, b.kind.rawValue) }
        // Byte for byte, not `!=`: Swift holds canonically equivalent names equal, SQLite does not.
        if !a.name.utf8.elementsEqual(b.name.utf8) { return bytesPrecede(a.name, b.name) }
        return a.id < b.id
    }

    /// Whether `a`'s UTF-8 bytes come before `b`'s, as SQLite's `BINARY` collation orders texts.
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A relation's day as `links` computes it: its own date when a full `YYYY-MM-DD`, else its
    /// article's issue day.
    static func day(ownDate: String?, issueDay: String?) -> String? {
        guard let ownDate, isFullDate(ownDate) else { return issueDay }
        return ownDate
    }

    /// Whether `text` matches `[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]` (SQLite's `GLOB`).
    static func isFullDate(_ text: String) -> Bool {
        var count = 0
        for byte in text.utf8 {
            let isDash = count == 4 || count == 7
            guard isDash ? byte == UInt8(ascii: "-") : (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { return false }
            count += 1
            if count > 10 { return false }
        }
        return count == 10
    }
}

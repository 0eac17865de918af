import Foundation
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
    ///
    /// A plain value (no text): the day is held as a `DayCode`, so that keeping a whole graph's
    /// candidates copies no strings.
    struct Candidate {
        var relationId: Int64
        var kind: RelationKind
        var subject: Int64
        var subjectKind: EntityKind
        var object: Int64
        var objectKind: EntityKind
        var ordinal: Int?
        var dayCode: DayCode
        var articleId: Int64

        init(relationId: Int64, kind: RelationKind, subject: Int64, subjectKind: EntityKind, object: Int64,
             objectKind: EntityKind, ordinal: Int?, dayCode: DayCode, articleId: Int64) {
            self.relationId = relationId
            self.kind = kind
            self.subject = subject
            self.subjectKind = subjectKind
            self.object = object
            self.objectKind = objectKind
            self.ordinal = ordinal
            self.dayCode = dayCode
            self.articleId = articleId
        }

        /// A candidate between the entities `subject` and `object`; `day` is a full `YYYY-MM-DD`
        /// date or nil (`FirstLinkRanking.day(ownDate:issueDay:)` gives no other).
        init(relationId: Int64, kind: RelationKind, subject: LinkRow.End, object: LinkRow.End, ordinal: Int?, day: String?,
             articleId: Int64) {
            self.init(relationId: relationId, kind: kind, subject: subject.id, subjectKind: subject.kind, object: object.id,
                      objectKind: object.kind, ordinal: ordinal, dayCode: DayCode(day), articleId: articleId)
        }

        /// The relation's day, `YYYY-MM-DD`, or nil when unknown.
        var day: String? { dayCode.text }

        /// Whether this relation comes before `other` of the same pair in `links`.
        func ranksBefore(_ other: Candidate) -> Bool {
            switch (ordinal, other.ordinal) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            // Codes order as the dates' bytes do, an unknown day first (as SQLite sorts NULL).
            if dayCode != other.dayCode { return dayCode < other.dayCode }
            return relationId < other.relationId
        }
    }

    let entityKinds: Set<EntityKind>?
    let relationKinds: Set<RelationKind>?
    let touching: Set<Int64>?
    let from: String?
    let to: String?
    /// `from` and `to` as codes, when they are full dates.
    private let fromCode: DayCode?
    private let toCode: DayCode?
    /// The relation kept for each pair, in the order the pairs were first seen.
    private var best: [Candidate] = []
    /// An open-addressing table of the pairs (linear probing): each slot 0 when empty, else the
    /// position in `best` plus one. Its size is a power of two, at least twice the pairs kept.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

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
        fromCode = from.flatMap { Self.isFullDate($0) ? DayCode($0) : nil }
        toCode = to.flatMap { Self.isFullDate($0) ? DayCode($0) : nil }
    }

    /// Whether a relation passes the filters.
    func admits(_ candidate: Candidate) -> Bool {
        if let entityKinds, !entityKinds.contains(candidate.subjectKind) || !entityKinds.contains(candidate.objectKind) {
            return false
        }
        if let relationKinds, !relationKinds.contains(candidate.kind) { return false }
        if let touching, !touching.contains(candidate.subject) && !touching.contains(candidate.object) { return false }
        if from != nil || to != nil {
            guard candidate.dayCode != .unknown else { return false }
            // Bounds written `YYYY-MM-DD` compare as codes; others as the day's text.
            if let from, fromCode.map({ candidate.dayCode < $0 }) ?? Self.bytesPrecede(candidate.day!, from) { return false }
            if let to, toCode.map({ $0 < candidate.dayCode }) ?? Self.bytesPrecede(to, candidate.day!) { return false }
        }
        return true
    }

    /// Keeps `candidate` when it passes the filters and ranks before the relation kept for its pair.
    mutating func consider(_ candidate: Candidate) {
        guard admits(candidate) else { return }
        // The pair is hashed from its two ids (a cheap multiply, not `Hasher`): a whole graph's relations
        // pass here. Kinds of one pair share a probe chain, told apart by comparing.
        var slot = Self.slot(subject: candidate.subject, object: candidate.object, mask: slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            let kept = best[index]
            if kept.subject == candidate.subject, kept.object == candidate.object, kept.kind == candidate.kind {
                if candidate.ranksBefore(kept) { best[index] = candidate }
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        best.append(candidate)
        slots[slot] = Int32(best.count)
        if best.count * 2 > slots.count { grow() }
    }

    /// The first slot to probe for the pair (`subject`, `object`) in a table of `mask + 1` slots.
    private static func slot(subject: Int64, object: Int64, mask: Int) -> Int {
        let mixed = (UInt64(bitPattern: subject) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(bitPattern: object) &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) & UInt64(mask))
    }

    /// Doubles the slots and places every kept pair again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, kept) in best.enumerated() {
            var slot = Self.slot(subject: kept.subject, object: kept.object, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// The relation kept for each pair, in the order of `links`; `ends` holds every end by id (a
    /// candidate whose end is missing is left out).
    func winners(ends: [Int64: LinkRow.End]) -> [Candidate] {
        // Every end ranked once by (kind, name, id), so the pairs sort by integers.
        var used: Set<Int64> = []
        for candidate in best {
            used.insert(candidate.subject)
            used.insert(candidate.object)
        }
        // Positions sorted, not the ends (each a wide value).
        let usedEnds = used.compactMap { ends[$0] }
        let sortedEnds = usedEnds.indices.sorted { Self.endPrecedes(usedEnds[$0], usedEnds[$1]) }
        var ranks: [Int64: Int] = [:]
        ranks.reserveCapacity(sortedEnds.count)
        for (index, position) in sortedEnds.enumerated() { ranks[usedEnds[position].id] = index }
        let rank = IdTable(ranks)
        let kindRank = Dictionary(uniqueKeysWithValues: RelationKind.allCases.sorted { Self.bytesPrecede($0.rawValue, $1.rawValue) }
            .enumerated().map { ($1, $0) })
        let ranked: [(Int, Int, Int, Candidate)] = best.compactMap { candidate in
            guard let subject = rank[candidate.subject], let object = rank[candidate.object] else { return nil }
            return (subject, object, kindRank[candidate.kind]!, candidate)
        }
        return ranked.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
    }

    /// Whether `a` comes before `b` ordered by kind, name and id, texts byte for byte.
    static func endPrecedes(_ a: LinkRow.End, _ b: LinkRow.End) -> Bool {
        if a.kind != b.kind { return bytesPrecede(a.kind.rawValue, b.kind.rawValue) }
        // Byte for byte, not `!=`: Swift holds canonically equivalent names equal, SQLite does not.
        let order = compareBytes(a.name, b.name)
        if order != 0 { return order < 0 }
        return a.id < b.id
    }

    /// The order of two texts' UTF-8 bytes: negative, zero or positive, by `memcmp` and then length.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let count = min(x.count, y.count)
                if count > 0, let left = x.baseAddress, let right = y.baseAddress {
                    let order = memcmp(left, right, count)
                    if order != 0 { return Int(order) }
                }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
    }

    /// Whether `a`'s UTF-8 bytes come before `b`'s, as SQLite's `BINARY` collation orders texts.
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        compareBytes(a, b) < 0
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

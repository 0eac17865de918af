import Foundation

/// Look-ups over an article's mentions by offset and kind, built once after the mentions change.
///
/// Recognisers ask "which mention ends here?" and "does this span overlap a body?" for every
/// character or candidate; answering by a scan of all mentions makes an article's cost grow with
/// the square of its length. The index answers from tables (ends, starts, kinds) and from the
/// mentions sorted by start, with the longest mention bounding how far back an overlap can begin.
/// Results keep the order of `Article.mentions`, so answers are the same as a scan's.
public final class MentionIndex: Sendable {
    let mentions: [Mention]
    let byEnd: [Int: [Int]]
    let byStart: [Int: [Int]]
    let byKind: [MentionKind: [Mention]]
    /// Indices into `mentions`, by span start.
    let sortedStarts: [Int]
    /// The length of the longest mention.
    public let maxLength: Int

    public init(_ mentions: [Mention]) {
        self.mentions = mentions
        var byEnd: [Int: [Int]] = [:], byStart: [Int: [Int]] = [:]
        var byKind: [MentionKind: [Mention]] = [:]
        var maxLength = 0
        for (k, m) in mentions.enumerated() {
            byEnd[m.span.end, default: []].append(k)
            byStart[m.span.start, default: []].append(k)
            byKind[m.kind, default: []].append(m)
            maxLength = max(maxLength, m.span.length)
        }
        self.byEnd = byEnd
        self.byStart = byStart
        self.byKind = byKind.mapValues { $0.sorted { $0.span < $1.span } }
        self.sortedStarts = mentions.indices.sorted { (mentions[$0].span.start, $0) < (mentions[$1].span.start, $1) }
        self.maxLength = maxLength
    }

    /// The mentions of one kind, in text order.
    public func mentions(of kind: MentionKind) -> [Mention] { byKind[kind] ?? [] }

    /// The mentions of `kinds` ending at `offset`, in the order of the article's mentions.
    public func ending(at offset: Int, kinds: Set<MentionKind>) -> [Mention] {
        (byEnd[offset] ?? []).map { mentions[$0] }.filter { kinds.contains($0.kind) }
    }

    /// The mentions of `kinds` starting at `offset`, in the order of the article's mentions.
    public func starting(at offset: Int, kinds: Set<MentionKind>) -> [Mention] {
        (byStart[offset] ?? []).map { mentions[$0] }.filter { kinds.contains($0.kind) }
    }

    /// The indices (into the article's mentions) of the mentions whose start lies in
    /// `lower..<upper`, ascending.
    public func starting(from lower: Int, before upper: Int) -> [Int] {
        guard lower < upper else { return [] }
        var lo = 0, hi = sortedStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[sortedStarts[mid]].span.start < lower { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        var k = lo
        while k < sortedStarts.count && mentions[sortedStarts[k]].span.start < upper { out.append(sortedStarts[k]); k += 1 }
        return out.sorted()
    }

    /// Whether a mention of `kinds` overlaps `span`.
    public func overlaps(_ span: Span, kinds: Set<MentionKind>) -> Bool {
        starting(from: span.start - maxLength, before: span.end).contains { k in
            kinds.contains(mentions[k].kind) && mentions[k].span.overlaps(span)
        }
    }

    /// The mentions of `kinds` lying inside `range`, in the order of the article's mentions.
    public func inside(_ range: Span, kinds: Set<MentionKind>) -> [Mention] {
        starting(from: range.start, before: range.end).map { mentions[$0] }.filter { kinds.contains($0.kind) && $0.span.end <= range.end }
    }
}

/// Holds an article's mention index until its mentions change.
final class MentionIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var index: MentionIndex?

    func index(for mentions: [Mention]) -> MentionIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index { return index }
        let made = MentionIndex(mentions)
        index = made
        return made
    }
}

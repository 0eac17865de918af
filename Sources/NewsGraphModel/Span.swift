/// A half-open range of Unicode scalar offsets into an article's or a page's clean text.
///
/// Offsets count Unicode scalars (one per Chinese character), never bytes or UTF-16 units,
/// so a span means the same thing in Swift, in SQLite and in the JSON we print.
public struct Span: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    public func shifted(by delta: Int) -> Span { Span(start + delta, end + delta) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start),\(end))" }
}

/// A string held as an array of Unicode scalars, for constant-time slicing by offset.
///
/// Chinese text is processed character by character; Swift's `String` indexes are slow for
/// that, so stages work on `ScalarText` and convert back to `String` only for output.
public struct ScalarText: Hashable, Sendable, CustomStringConvertible {
    public private(set) var scalars: [Unicode.Scalar]

    public init(_ string: String) { scalars = Array(string.unicodeScalars) }
    public init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }
    public subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }

    /// The text of `span` as a `String`.
    ///
    /// Encoded as UTF-8 straight into the new string's storage (appending scalars to a
    /// `String.UnicodeScalarView` one by one cost the store a sixteenth of its time).
    public func string(_ span: Span) -> String {
        let slice = scalars[max(0, span.start)..<min(count, span.end)]
        return String(unsafeUninitializedCapacity: slice.count * 4) { buffer in
            var i = 0
            for scalar in slice {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x1_0000 {
                    buffer[i] = UInt8(0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }

    /// The text from `start` to `end` as a `String` (clamped to the text).
    public func string(_ start: Int, _ end: Int) -> String { string(Span(min(start, end), end)) }

    public var description: String { string(Span(0, count)) }

    /// Whether the text at `offset` starts with `prefix`.
    public func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        var i = offset
        for u in prefix.unicodeScalars {
            guard i < count, scalars[i] == u else { return false }
            i += 1
        }
        return true
    }

    /// Every offset at which `needle` occurs, left to right, not overlapping.
    public func occurrences(of needle: String, in range: Span? = nil) -> [Int] {
        let n = Array(needle.unicodeScalars)
        guard let first = n.first else { return [] }
        let r = range ?? Span(0, count)
        var out: [Int] = []
        var i = r.start
        while i + n.count <= r.end {
            if scalars[i] == first && hasPrefix(needle, at: i) {
                out.append(i)
                i += n.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// `span` without the white space at its ends (at least `minimum` characters are kept).
    public func trimmingSpaces(_ span: Span, minimum: Int = 0) -> Span {
        var s = span
        while s.length > minimum && CharacterClass.isSpace(scalars[s.start]) { s = Span(s.start + 1, s.end) }
        while s.length > minimum && CharacterClass.isSpace(scalars[s.end - 1]) { s = Span(s.start, s.end - 1) }
        return s
    }
}

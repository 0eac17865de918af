/// A table printed in aligned columns, where a Chinese character takes two terminal columns.
///
/// Example:
/// ```
/// let table = TextTable(header: ["id", "headline"])
/// table.add(["1", "惠民生增福祉暖民心"])
/// print(table.render())
/// ```
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Columns wider than this are cut with `…` (unless `wide`).
    var maxWidth = 48
    /// Whether cells are printed in full (`--wide`, `TableOptions`).
    @TaskLocal static var wide = false

    init(header: [String], maxWidth: Int = 48) {
        self.header = header
        self.maxWidth = maxWidth
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The number of terminal columns `s` occupies.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of u: Unicode.Scalar) -> Int {
        let v = u.value
        if v == 0 || v < 0x20 { return 0 }
        // Combining marks take no column.
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) { return 0 }
        // East Asian wide and full-width ranges.
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// `s` cut to at most `width` columns, with `…` when cut; newlines shown as spaces.
    static func truncated(_ s: String, to width: Int) -> String {
        fitted(s, to: width).text
    }

    /// `truncated(_:to:)` with the columns the result takes, in one pass that stops where the cut is known.
    ///
    /// The cut keeps the scalars before the first that would pass `width - 1` columns, and is made only
    /// when the whole text takes more than `width`; a long cell (evidence, article lists) is thus read
    /// once and only as far as `width` columns, not measured whole and then read again to be cut.
    static func fitted(_ s: String, to width: Int) -> (text: String, width: Int) {
        let flat = flattened(s)
        let scalars = flat.unicodeScalars
        var taken = 0
        var cut: (end: String.UnicodeScalarView.Index, width: Int)?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let cw = Self.width(of: scalars[index])
            if cut == nil, taken + cw > width - 1 { cut = (index, taken) }
            taken += cw
            if taken > width, let cut { return (String(scalars[..<cut.end]) + "…", cut.width + 1) }
            scalars.formIndex(after: &index)
        }
        return (flat, taken)
    }

    func render() -> String {
        let all = [header] + rows
        let columns = header.count
        var widths = [Int](repeating: 0, count: columns)
        // Each cell cut and measured once (`fitted`), its width kept for padding.
        let cells = all.map { row in (0..<columns).map { i in Self.fitted(i < row.count ? row[i] : "", to: Self.wide ? Int.max : maxWidth) } }
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.width) } }
        func line(_ row: [(text: String, width: Int)]) -> String {
            row.enumerated().map { i, c in
                i == columns - 1 ? c.text : c.text + String(repeating: " ", count: widths[i] - c.width)
            }.joined(separator: "  ")
        }
        var out = [line(cells[0]), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += cells.dropFirst().map(line)
        return out.map(Self.trimmedEnd).joined(separator: "\n")
    }

    /// `s` with each line feed shown as a space, as Foundation's `replacingOccurrences(of: "\n", with: " ")`
    /// gives it, without Foundation when every line feed stands between plain scalars (see `isPlain`).
    ///
    /// Foundation compares characters, so a line feed that a combining mark follows is not replaced;
    /// next to scalars that are characters of their own every line feed is.
    static func flattened(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard scalars.contains("\n") else { return s }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        var afterNewline = false
        for u in scalars {
            if afterNewline && !isPlain(u) { return s.replacingOccurrences(of: "\n", with: " ") }
            afterNewline = false
            if u == "\n" {
                if let previous, !isPlain(previous) { return s.replacingOccurrences(of: "\n", with: " ") }
                out.append(" ")
                afterNewline = true
            } else {
                out.append(u)
            }
            previous = u
        }
        return String(out)
    }

    /// Whether `u` is a character of its own that no neighbour joins: a line feed or carriage return,
    /// printable ASCII, a CJK ideograph, CJK punctuation (not the tone marks U+302A–U+302F) or a full-width form.
    static func isPlain(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x0D, 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// `line` without the white space it ends with: what the pattern `\s+$` removed, without a
    /// regular expression (ICU's `\s` is the Unicode `White_Space` property, line terminators included).
    static func trimmedEnd(_ line: String) -> String {
        guard let last = line.unicodeScalars.last, last.properties.isWhitespace else { return line }
        var scalars = line.unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

import Foundation

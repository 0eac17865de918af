import NewsGraphModel

extension Normalizer {
    /// Half-width signs that Chinese text prints full-width, and their full-width forms.
    static let fullWidthForms: [Unicode.Scalar: Unicode.Scalar] = [",": "，", ";": "；", ":": "：", "!": "！", "?": "？"]

    /// The analysis text with half-width commas, semicolons, colons and marks of exclamation and
    /// question between Chinese words made full-width, as Chinese print has them.
    ///
    /// Pages converted from other encodings or typed on a Western keyboard often print `,` where the
    /// paper printed `，`; the later stages read clauses by the full-width signs. A sign between digits
    /// or Latin letters (`1,000`, `10:30`, `Mr. A, B`) stays. Only the analysis text changes: the
    /// display text keeps what the page printed, and every offset stays where it was.
    ///
    /// Example: `会议指出,要抓好落实` reads as `会议指出，要抓好落实`.
    static func fullWidthPunctuation(_ chars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = chars
        func chinese(_ u: Unicode.Scalar) -> Bool { CharacterClass.isHan(u) || "”’》）」』".unicodeScalars.contains(u) || "“‘《（「『".unicodeScalars.contains(u) }
        for i in out.indices {
            guard let wide = fullWidthForms[out[i]] else { continue }
            var p = i - 1
            while p >= 0 && out[p] == " " { p -= 1 }
            var n = i + 1
            while n < out.count && out[n] == " " { n += 1 }
            guard p >= 0, chinese(out[p]) else { continue }
            if n < out.count, !chinese(out[n]) && !CharacterClass.isDigit(out[n]) { continue }
            out[i] = wide
        }
        return out
    }
}

import NewsGraphModel

/// Cuts a short stretch of text around the first match of a query and marks the match.
///
/// Matching ignores ASCII letter case, as SQLite's trigram tokenizer and `LIKE` do.
enum Snippet {
    /// `text` around the first occurrence of `query`, the match wrapped in `【】`, cut to
    /// `radius` characters either side with `…`; nil when `query` does not occur.
    static func make(_ text: String, matching query: String, radius: Int = 20) -> String? {
        let hay = Array(text.unicodeScalars)
        let needle = Array(query.unicodeScalars).map(folded)
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        var found: Int?
        for start in 0...(hay.count - needle.count) where folded(hay[start]) == needle[0] {
            if (1..<needle.count).allSatisfy({ folded(hay[start + $0]) == needle[$0] }) {
                found = start
                break
            }
        }
        guard let start = found else { return nil }
        let end = start + needle.count
        let from = max(0, start - radius)
        let to = min(hay.count, end + radius)
        var out = String.UnicodeScalarView()
        if from > 0 { out.append("…") }
        out.append(contentsOf: hay[from..<start])
        out.append("【")
        out.append(contentsOf: hay[start..<end])
        out.append("】")
        out.append(contentsOf: hay[end..<to])
        if to < hay.count { out.append("…") }
        return String(out).replacingNewlines()
    }

    /// An ASCII capital as its small letter; anything else unchanged.
    private static func folded(_ u: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(u.value) ? Unicode.Scalar(u.value + 0x20)! : u
    }
}

import NewsGraphModel

extension String {
    /// The string without leading and trailing white space (ideographic space included).
    func trimmingSpaces() -> String {
        let isBlank = { (u: Unicode.Scalar) in CharacterClass.isSpace(u) || u == "\n" || u == "\r" }
        // The usual case (a name, a mention's text): nothing to trim, no copy.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !isBlank(first), !isBlank(last) { return self }
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}

import NewsGraphModel

extension String {
    /// The string without leading and trailing white space (ideographic space included).
    func trimmingSpaces() -> String {
        let scalars = Array(unicodeScalars)
        let isBlank = { (u: Unicode.Scalar) in CharacterClass.isSpace(u) || u == "\n" || u == "\r" }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}

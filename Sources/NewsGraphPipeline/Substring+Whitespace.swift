extension Substring {
    /// The text without the spaces and tabs around it: what `trimmingCharacters(in: .whitespaces)`
    /// removes (general category Zs and U+0009), without Foundation's cost on every lexicon line
    /// and page line.
    func trimmingWhitespace() -> Substring {
        func blank(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank($0) }), let last = scalars.lastIndex(where: { !blank($0) }) else {
            return self[endIndex...]
        }
        return Substring(scalars[first...last])
    }
}

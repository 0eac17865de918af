import NewsGraphModel

extension OrganizationRecognizer {
    /// Where a body whose name holds a verb starts, when the verb (a left stop such as `推进`) ending
    /// at `s` follows an administrative prefix (`省`, `市`, `国家`) that opens after punctuation.
    ///
    /// Leading groups and headquarters are named for what they do (`省推进某某建设领导小组`,
    /// `市加强某某工作指挥部`); the verb that would end the name's left extension is part of the
    /// name when a prefix of rank stands right before it at the start of a list item or clause.
    ///
    /// Example: in `、省推进长河建设领导小组组长` the body is `省推进长河建设领导小组`.
    func verbOpenedName(_ t: ScalarText, stopEndingAt s: Int) -> Int? {
        for p in BoundaryWords.leftStopTrie.matches(in: t, endingAt: s, floor: max(0, s - 4)) {
            for prefix in Self.adminPrefixes {
                let n = prefix.unicodeScalars.count
                guard p - n >= 0, t.hasPrefix(prefix, at: p - n) else { continue }
                let q = p - n
                if q == 0 || CharacterClass.isPunctuation(t[q - 1]) || t[q - 1] == " " || t[q - 1] == "\n" { return q }
            }
        }
        return nil
    }
}

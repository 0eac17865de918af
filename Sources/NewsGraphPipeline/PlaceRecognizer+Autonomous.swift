import NewsGraphModel

extension PlaceRecognizer {
    /// Endings of autonomous areas (`自治区`, `自治州`, `自治县`, `自治旗`), `autonomous-suffixes.txt`.
    static let autonomousSuffixes: [String] = GrammarWords.list("autonomous-suffixes.txt")

    /// The end of an autonomous area printed after a place: the people it is named for, if any
    /// (up to eight characters ending in 族, or a people named without it), then its ending;
    /// nil when none follows, or when the area's organs follow (`西藏自治区|党委`, `…自治区政府`).
    ///
    /// Example: after `广西` in `广西壮族自治区主席` the place ends after `自治区`.
    static func autonomousSuffix(_ t: ScalarText, after end: Int) -> Int? {
        var k = end
        while k < t.count && k - end <= 8 && CharacterClass.isHan(t[k]) {
            if let suffix = autonomousSuffixes.first(where: { t.hasPrefix($0, at: k) }),
               k == end || t[k - 1] == "族" || peoplesWithoutZu.contains(t.string(end, k)) {
                let e = k + suffix.unicodeScalars.count
                if e < t.count, "党委政人纪监".unicodeScalars.contains(t[e]) { return nil }
                return e
            }
            k += 1
        }
        return nil
    }

    /// Peoples printed in an area's name without 族 (`维吾尔`), `autonomous-peoples.txt`.
    static let peoplesWithoutZu: Set<String> = GrammarWords.set("autonomous-peoples.txt")
}

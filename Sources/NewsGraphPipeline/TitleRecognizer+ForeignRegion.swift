import NewsGraphModel

extension TitleRecognizer {
    /// Endings of a country's regions (`foreign-region-suffixes.txt`: 州, 县, 道, 边疆区).
    static let foreignRegionSuffixes: [String] = GrammarWords.list("foreign-region-suffixes.txt")

    /// Where a post of a region abroad starts: a country, then a region the lexicons do not know,
    /// ending in a region's suffix, right before the post (`某国` + `某某州` + `州长`).
    ///
    /// Papers print a foreign guest's post with the country and the region (`美国某某州财务长`); the
    /// region's name is a transliteration no gazetteer of ours holds, so the country anchors it. The
    /// region is at most eight characters of Han text with no punctuation.
    ///
    /// Example: in `会见了甲国乙丙州州长丁` the post is `甲国乙丙州州长`.
    func foreignRegionStart(_ t: ScalarText, before headStart: Int, in article: Article) -> Int? {
        guard let suffix = Self.foreignRegionSuffixes.first(where: {
            let n = $0.unicodeScalars.count
            return headStart >= n && t.hasPrefix($0, at: headStart - n)
        }) else { return nil }
        let regionEnd = headStart - suffix.unicodeScalars.count
        var k = regionEnd - 1
        while k > 0 && regionEnd - k <= 8 && CharacterClass.isHan(t[k]) {
            if let country = article.mention(endingAt: k, kinds: [.place]), lexicon.countries.contains(country.name) {
                return country.span.start
            }
            k -= 1
        }
        return nil
    }
}

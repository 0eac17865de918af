import NewsGraphModel

/// Finds places: administrative divisions from the place lexicon (`长春`, `吉林省`), names
/// made by the suffix grammar (`农安县`, `罗子沟镇`) after a boundary, and provinces by their
/// one-character abbreviation where a visit goes to them (`来湘考察` → 湖南).
public struct PlaceRecognizer: ArticleComponent {
    public let name = "places"
    public let needs: Set<DocumentLayer> = [.sentences]
    public let adds: Set<DocumentLayer> = [.places]
    let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// First characters that make `X县` a phrase rather than a name (`全省`, `各市`, `本县`).
    static let nonNameStarts: Set<Unicode.Scalar> = GrammarWords.characters("place-non-name-starts.txt")

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var found: [Mention] = []
        var i = 0
        while i < t.count {
            guard CharacterClass.isHan(t[i]) else { i += 1; continue }
            if let end = lexicon.places.longestMatch(in: t, at: i), !givenName(t, at: i) {
                var e = end
                // An autonomous region, prefecture or county with its people (广西 + 壮族 + 自治区, 延边 +
                // 朝鲜族 + 自治州), unless its organs follow (西藏|自治区党委).
                if let k = Self.autonomousSuffix(t, after: end) { e = k }
                // 吉林 + 省, 长春 + 市.
                for suffix in ["自治州", "自治县", "省", "市", "县", "区", "州"] where e == end && t.hasPrefix(suffix, at: e) {
                    // Not when the suffix starts an organisation word (`长春市委`, `吉林省政府`).
                    let after = e + suffix.unicodeScalars.count
                    if after < t.count, "委政人纪监".unicodeScalars.contains(t[after]) { break }
                    e = after
                    break
                }
                found.append(Mention(kind: .place, span: Span(i, e), text: t.string(i, e), rule: "place.lexicon"))
                i = e
                continue
            }
            i += 1
        }
        // Suffix grammar: 2–3 characters + 县/市/区/镇/乡/州 right after a boundary.
        for e in 0..<t.count where ["县", "市", "区", "镇", "乡", "州"].contains(String(t[e])) {
            for n in [3, 2] {
                let s = e - n
                guard s >= 0 else { continue }
                let stem = t.scalars[s..<e]
                guard stem.allSatisfy(CharacterClass.isHan), !Self.nonNameStarts.contains(stem.first!) else { continue }
                let before = s > 0 ? t[s - 1] : "\n"
                let atBoundary = CharacterClass.isPunctuation(before) || before == "\n" || "在到赴于从和与及".unicodeScalars.contains(before)
                    || found.contains { $0.span.end == s } || BoundaryWords.leftStop(endingAt: s, in: t, floor: 0)
                guard atBoundary else { continue }
                let span = Span(s, e + 1)
                if found.contains(where: { $0.span.overlaps(span) }) { break }
                // Not an organisation word (`…市委`, `…县政府`).
                if e + 1 < t.count, "委政人纪监".unicodeScalars.contains(t[e + 1]) { break }
                found.append(Mention(kind: .place, span: span, text: t.string(span), rule: "place.suffix"))
                break
            }
        }
        // A province by its one-character abbreviation where a visit goes to it (来宁考察, 赴沪调研).
        for i in 1..<max(1, t.count - 1) {
            guard let province = lexicon.provinceAbbreviations[t[i]], "来赴到在抵".unicodeScalars.contains(t[i - 1]),
                  lexicon.visitVerbs.longestMatch(in: t, at: i + 1) != nil,
                  !found.contains(where: { $0.span.overlaps(Span(i - 1, i + 1)) }) else { continue }
            found.append(Mention(kind: .place, span: Span(i, i + 1), text: t.string(i, i + 1), name: province, rule: "place.abbreviation"))
        }
        var a = article
        a.mentions.append(contentsOf: found.sorted { $0.span < $1.span })
        return a
    }
}

import NewsGraphModel

/// Finds dates (`2022年6月16日`, `6月16日`, `今天`, `昨天`) and resolves them to calendar dates
/// against the article's dateline or the issue date.
public struct DateRecognizer: ArticleComponent {
    public let name = "dates"
    public let needs: Set<DocumentLayer> = [.sentences, .issueDate]
    public let adds: Set<DocumentLayer> = [.dates]

    public init() {}

    static let relative: [(String, Int)] = GrammarWords.offsets("relative-days.tsv")

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        var found: [Mention] = []
        let t = article.text
        let reference = article.referenceDate(issue: document.issue)
        var i = 0
        while i < t.count {
            if CharacterClass.isDigit(t[i]) || ChineseNumber.isNumeral(t[i]), i == 0 || !CharacterClass.isDigit(t[i - 1]),
               let (d, end) = DateParser.date(t, at: i) {
                let resolved = d.resolved(against: reference)
                // Without a year to resolve against (an undated page), the value is `MM-DD`.
                found.append(Mention(kind: .date, span: Span(i, end), text: t.string(i, end), rule: "date.printed",
                                     value: resolved.iso))
                i = end
                continue
            }
            var matched = false
            for (word, shift) in Self.relative where t.hasPrefix(word, at: i) {
                let end = i + word.unicodeScalars.count
                let value = reference.flatMap { $0.adding(days: shift) }?.iso
                found.append(Mention(kind: .date, span: Span(i, end), text: word, rule: "date.relative", value: value))
                i = end
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        var a = article
        a.mentions.append(contentsOf: found)
        return a
    }
}

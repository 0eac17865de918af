import NewsGraphModel

/// Finds changes of post the text announces: `赵一德同志任陕西省委书记` (appointed),
/// `刘国中同志不再兼任陕西省委书记、常委、委员职务` (left), `当选为` (elected).
///
/// Each post of the chain after the verb becomes a `holds_post` relation with rule
/// `post.appointed` or `post.ended` and the article's date, so a person's record can say when a
/// post began or ended rather than only when it was seen.
public struct PostChangeExtractor: ArticleComponent {
    public let name = "post-changes"
    public let needs: Set<DocumentLayer> = [.persons, .titles, .issueDate]
    public let adds: Set<DocumentLayer> = [.postChanges]

    public init() {}

    /// Verbs before a post, longest first, and whether they begin or end it.
    static let verbs: [(String, String)] = GrammarWords.pairs("post-change-verbs.tsv")

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var out: [Relation] = []
        let date = article.referenceDate(issue: document.issue)
        for person in article.mentions(of: .person) {
            var p = person.span.end
            if t.hasPrefix("同志", at: p) { p += 2 }
            guard let (verb, rule) = Self.verbs.first(where: { t.hasPrefix($0.0, at: p) }) else { continue }
            // 任 alone must be followed by a post right away (任职 is a noun).
            var q = p + verb.unicodeScalars.count
            var titles: [Mention] = []
            while let title = article.mentions.filter({ $0.kind == .title && $0.span.start == q }).max(by: { $0.span.length < $1.span.length }) {
                titles.append(title)
                q = title.span.end
                if q < t.count, t[q] == "、" { q += 1 } else { break }
            }
            for title in titles {
                out.append(Relation(kind: .holdsPost, subject: EntityRef(.person, person.name), object: EntityRef(.post, title.name),
                                    evidence: Span(person.span.start, title.span.end), rule: rule,
                                    date: date?.isComplete == true ? date : nil, detail: title.value))
            }
        }
        var a = article
        a.relations.append(contentsOf: out)
        return a
    }
}

import NewsGraphModel

/// A short reference to a stored article: where it was printed and what to call it.
///
/// `headline` is the printed headline, nil when the article has none (a front-page brief);
/// `title` is the headline, or else the article's opening words after its dateline, cut and
/// ended with `…`, so there is always something to show.
public struct ArticleRef: Equatable, Sendable, Codable {
    public var id: Int64
    /// The article's stable key (`EntityKey.article`), the same whatever order pages were stored in.
    public var key: String = ""
    public var paper: String?
    /// `YYYY-MM-DD`, when the issue date is known.
    public var issueDate: String?
    public var page: Int?
    public var headline: String?
    public var title: String

    public init(id: Int64, paper: String?, issueDate: String?, page: Int?, headline: String?, title: String) {
        self.id = id
        self.paper = paper
        self.issueDate = issueDate
        self.page = page
        self.headline = headline
        self.title = title
    }

    /// How many characters of the opening a title without a headline keeps.
    static let openingLength = 24

    /// The title of an article: its headline, else its opening after the dateline.
    static func title(headline: String?, text: String, dateline: String?) -> String {
        if let headline, !headline.trimmingSpaces().isEmpty { return headline }
        var body = Substring(text)
        if let dateline, !dateline.isEmpty, body.hasPrefix(dateline) { body = body.dropFirst(dateline.count) }
        // The body with line breaks as spaces, trimmed, cut after `openingLength` scalars: read only
        // as far as the cut, not the whole article.
        let isBlank = { (u: Unicode.Scalar) in CharacterClass.isSpace(u) || u == "\n" || u == "\r" }
        var cut = String.UnicodeScalarView()
        var taken = 0
        for u in body.unicodeScalars {
            if taken == 0 && isBlank(u) { continue }
            if taken >= openingLength {
                if isBlank(u) { continue }
                return String(cut) + "…"
            }
            cut.append(u == "\n" || u == "\r" ? " " : u)
            taken += 1
        }
        return String(cut).trimmingSpaces()
    }
}

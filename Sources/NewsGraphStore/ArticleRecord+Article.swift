import Foundation
import NewsGraphModel

extension ArticleRecord {
    /// The article row of `article` in the issue `issueId` (not yet inserted).
    ///
    /// The raw span is the page's raw-text span of the article's page span, when the document
    /// has clean page text.
    init(article: Article, issueId: Int64, page: PageText?) throws {
        let raw = page.map { $0.rawSpan(of: article.pageSpan) }
        self.init(id: nil, issueId: issueId, ordinal: article.ordinal, headline: article.headline,
                  kicker: article.kicker, subheads: try Self.json(article.subheads),
                  datelineText: article.dateline?.text, datelineDate: article.dateline?.date?.iso,
                  datelineAgency: article.dateline?.agency, datelinePlace: article.dateline?.place,
                  reporters: try Self.json(article.dateline?.reporters ?? []),
                  continuedFromPage: article.continuedFromPage, continuedToPage: article.continuedToPage,
                  adoptionLine: article.adoptionLine, originalTitle: article.originalTitle,
                  text: article.text.description, displayText: article.display.description,
                  bodyLength: article.bodyLength, pageStart: article.pageSpan.start, pageEnd: article.pageSpan.end,
                  rawStart: raw?.start, rawEnd: raw?.end)
    }

    /// A JSON array of strings, as stored in `subheads` and `reporters`.
    static func json(_ strings: [String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(strings), as: UTF8.self)
    }

    /// The strings of a JSON array column; an unreadable value gives no strings.
    static func strings(fromJSON text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}

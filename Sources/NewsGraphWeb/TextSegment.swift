import NewsGraphModel
import NewsGraphStore

/// A stretch of an article's text: plain, or a mention marked with its kind and linked to its page.
///
/// The article page is a list of these, so the template prints (and escapes) each one and no
/// HTML is put together in Swift.
public struct TextSegment: Equatable, Sendable {
    public var text: String
    public var isMention: Bool
    /// The mention's kind (`person`, `organization`, …), for its style; empty for plain text.
    public var kind: String
    /// The page of the mentioned entity, or a search for its name; nil for plain text (or no page).
    public var href: String?
    /// What hovering shows: the entity's name and key.
    public var hint: String

    public init(text: String, isMention: Bool, kind: String, href: String?, hint: String) {
        self.text = text
        self.isMention = isMention
        self.kind = kind
        self.href = href
        self.hint = hint
    }

    /// `text` cut into plain stretches and mentions; `mentions` are spans of its Unicode scalars.
    ///
    /// Mentions are taken in text order; one that starts inside a mention already taken (a
    /// title inside a person's longer mention, say) is left out, so every character is printed once.
    public static func segments(of text: String, mentions: [ArticleMention], links: WebLinks) -> [TextSegment] {
        let scalars = Array(text.unicodeScalars)
        var out: [TextSegment] = []
        var cursor = 0
        func plain(_ end: Int) {
            guard end > cursor else { return }
            out.append(TextSegment(text: string(scalars[cursor..<end]), isMention: false, kind: "", href: nil, hint: ""))
            cursor = end
        }
        for mention in mentions.sorted(by: { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }) {
            guard mention.span.start >= cursor, mention.span.end <= scalars.count, !mention.span.isEmpty else { continue }
            plain(mention.span.start)
            let href = mention.entityKey.flatMap(links.entity) ?? (mention.kind == .date ? nil : links.search(mention.name))
            let hint = [mention.name, mention.entityKey ?? mention.kind.rawValue].joined(separator: " · ")
            out.append(TextSegment(text: string(scalars[mention.span.start..<mention.span.end]), isMention: true,
                                   kind: mention.kind.rawValue, href: href, hint: hint))
            cursor = mention.span.end
        }
        plain(scalars.count)
        return out
    }

    /// The string of a run of scalars.
    private static func string(_ run: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: run)
        return String(view)
    }
}

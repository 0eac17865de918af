import Foundation
import NewsGraphModel

/// Splits a page's reflowed lines into articles, each with its headline, kicker, subheads,
/// dateline and byline, continuation markers, and credit lines.
///
/// Two layouts are recognised. On print pages extracted from PDF the headline block usually
/// follows its article's body (the seed page); when a page opens with body text, heading groups
/// that are displayed (letter-spaced, several lines, or with an adoption line) or that are followed
/// by a new dateline close the article before them, and other single headings are section
/// headings of the current article. On web pages and pages that open with a heading, the heading
/// group before a body is its headline. A dateline (`本报6月16日讯`) or a continuation marker
/// (`（上接第一版）`) always starts a new article.
public struct ArticleSplitter: PipelineComponent {
    public let name = "articles"
    public let needs: Set<DocumentLayer> = [.cleanText]
    public let adds: Set<DocumentLayer> = [.articles]

    public init() {}

    /// A line with its furniture kind, if it is furniture.
    struct Item {
        var line: PageLine
        var text: String
        var furniture: Furniture.Kind?
        var isHeading: Bool { line.kind != .paragraph }
    }

    /// An article under construction.
    struct Draft {
        var heading: [Item] = []
        var body: [Item] = []
        var subheads: [String] = []
        var credits: [Item] = []
        var originalTitle: String?
        var headlineAfterBody = false
    }

    public func process(_ document: inout Document) throws {
        guard let page = document.page else { return }
        let items = page.lines.map { line -> Item in
            let text = page.text.string(line.span)
            let furniture = line.kind == .spacedHeading || page.isColumnLayout && line.kind == .paragraph && text.count > 40
                ? nil : Furniture.classify(text)
            return Item(line: line, text: text, furniture: furniture)
        }
        let drafts = split(items, columnLayout: page.isColumnLayout)
        var articles: [Article] = []
        for draft in drafts where !draft.body.isEmpty {
            articles.append(build(draft, ordinal: articles.count + 1, page: page))
        }
        guard !articles.isEmpty else {
            throw NewsGraphError(.malformedPage, file: document.path, line: page.lines.first?.rawLine,
                                 "no article text found (only headings or page furniture)")
        }
        document.articles = articles
        document.layers.insert(.articles)
    }

    private func opensArticle(_ item: Item) -> Bool {
        let head = ScalarText(String(item.text.prefix(60)))
        return DatelineParser.parse(head, at: 0) != nil || ContinuationMarker.parse(head, at: 0)?.direction == .from
    }

    /// Whether a heading group that ends the page is the start of a paragraph cut off there: one
    /// line of 30 characters or more that holds a list mark or comma (`甲会长某某、乙秘书长某某、丙`),
    /// or one that stops on a mark or word no headline ends with (`乙感谢某省委、省政府对`).
    static func isCutOffParagraph(_ group: [Item]) -> Bool {
        guard group.count == 1, let line = group.first, line.line.kind == .heading, let last = line.text.unicodeScalars.last else { return false }
        if "、，,；：:".unicodeScalars.contains(last) || BoundaryWords.stopChars.contains(last) && CharacterClass.isHan(last) { return true }
        return line.text.unicodeScalars.count >= 30 && line.text.unicodeScalars.contains { "、，,；".unicodeScalars.contains($0) }
    }

    /// Whether a heading group is display type (a headline) rather than a section heading.
    private func isDisplay(_ group: [Item]) -> Bool {
        group.count >= 2 || group.contains { $0.line.kind == .spacedHeading || Normalizer.isAdoptionLine(Array($0.text.unicodeScalars)) }
    }

    func split(_ items: [Item], columnLayout: Bool) -> [Draft] {
        var drafts: [Draft] = []
        var current = Draft()
        // Headline after body: the page opens with running text (a print page).
        let firstContent = items.first { $0.furniture == nil }
        let headlineAfter = columnLayout && firstContent.map { !$0.isHeading } ?? false
        var pendingHeading: [Item] = []
        var i = 0
        func finish() {
            if !current.body.isEmpty || !current.heading.isEmpty { drafts.append(current) }
            current = Draft()
        }
        while i < items.count {
            let item = items[i]
            if let kind = item.furniture {
                switch kind {
                case .credit, .caption, .pageTitle, .source:
                    current.credits.append(item)
                case .originalTitle:
                    current.originalTitle = String(item.text.drop { $0 != "：" && $0 != ":" }.dropFirst())
                default:
                    break
                }
                i += 1
                continue
            }
            if item.isHeading {
                // Collect the whole heading group.
                var group: [Item] = []
                while i < items.count, items[i].isHeading, items[i].furniture == nil {
                    group.append(items[i])
                    i += 1
                }
                group = Self.withoutMenus(group)
                if group.isEmpty { continue }
                let nextBody = items[i...].first { !$0.isHeading && $0.furniture == nil }
                let nextOpens = nextBody.map(opensArticle) ?? true
                if headlineAfter && !current.body.isEmpty && current.heading.isEmpty {
                    if isDisplay(group) || nextOpens {
                        current.heading = group
                        current.headlineAfterBody = true
                        finish()
                    } else {
                        current.subheads.append(contentsOf: group.map(\.text))
                        current.body.append(contentsOf: group)
                    }
                } else if !current.body.isEmpty && nextBody == nil && Self.isCutOffParagraph(group) {
                    // The page ends in the middle of a paragraph (a list of guests cut off): it is body text.
                    current.body.append(contentsOf: group)
                } else if !current.body.isEmpty && !isDisplay(group) && !nextOpens && !headlineAfter {
                    current.subheads.append(contentsOf: group.map(\.text))
                    current.body.append(contentsOf: group)
                } else {
                    pendingHeading.append(contentsOf: group)
                }
                continue
            }
            // Body paragraph.
            if opensArticle(item) && !current.body.isEmpty {
                finish()
            } else if !pendingHeading.isEmpty && !current.body.isEmpty && !headlineAfter {
                finish()
            }
            if current.body.isEmpty && !pendingHeading.isEmpty {
                current.heading = webHeadline(pendingHeading)
                pendingHeading = []
            }
            current.body.append(item)
            i += 1
        }
        finish()
        return drafts
    }

    /// A heading group without its menus: runs of three or more lines of a few characters each, no
    /// punctuation (`吉报头条 / 重要新闻 / 国内新闻 / 国际新闻 / 图片精选`).
    static func withoutMenus(_ group: [Item]) -> [Item] {
        func isEntry(_ item: Item) -> Bool {
            let t = item.text.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && t.count <= 5 && !t.unicodeScalars.contains(where: CharacterClass.isPunctuation)
        }
        var out: [Item] = []
        var k = 0
        while k < group.count {
            var e = k
            while e < group.count && isEntry(group[e]) { e += 1 }
            if e - k >= 3 { k = e; continue }
            out.append(group[k])
            k += 1
        }
        return out
    }

    /// On web pages a headline is often printed twice (page title and headline); keep the last
    /// group of distinct heading lines before the body.
    private func webHeadline(_ lines: [Item]) -> [Item] {
        var out: [Item] = []
        for item in lines.suffix(4) where !out.contains(where: { $0.text == item.text }) {
            out.append(item)
        }
        return out
    }

    /// Where a printed speech's or report's delivery block starts in a heading: the occasion line
    /// (`——在政协吉林省第十三届委员会第一次会议上`), then the date and the speaker's name.
    static func deliveryStart(_ heading: [Item]) -> Int? {
        heading.firstIndex { item in
            let line = item.text.trimmingCharacters(in: .whitespaces)
            return line.hasPrefix("——在") && (line.hasSuffix("上") || line.contains("上的"))
        }
    }

    func build(_ draft: Draft, ordinal: Int, page: PageText) -> Article {
        var draft = draft
        // A speech or report printed in full: its delivery block opens the body, where the recognisers
        // read the occasion, the date and the speaker; the headline is the title above it.
        if !draft.headlineAfterBody, let k = Self.deliveryStart(draft.heading) {
            draft.body.insert(contentsOf: draft.heading[k...], at: 0)
            draft.heading.removeSubrange(k...)
        }
        var text: [Unicode.Scalar] = []
        var display: [Unicode.Scalar] = []
        var offsets: [Int] = []
        func append(_ span: Span) {
            text.append(contentsOf: page.text.scalars[span.start..<span.end])
            display.append(contentsOf: page.display.scalars[span.start..<span.end])
            offsets.append(contentsOf: span.start..<span.end)
            text.append("\n")
            display.append("\n")
            offsets.append(span.end)
        }
        for item in draft.body { append(item.line.span) }
        let bodyLength = max(0, text.count - 1)
        for item in draft.credits { append(item.line.span) }
        if !text.isEmpty {
            text.removeLast()
            display.removeLast()
            offsets.removeLast()
        }
        let first = draft.body.first!.line.span.start
        let last = draft.body.last!.line.span.end
        var article = Article(ordinal: ordinal, pageSpan: Span(first, last), text: ScalarText(scalars: text),
                              display: ScalarText(scalars: display), pageOffsets: offsets, bodyLength: bodyLength)
        article.subheads = draft.subheads
        article.originalTitle = draft.originalTitle
        applyHeading(draft, to: &article)
        // A page that prints only its original title (原标题：…) has that as its headline.
        if article.headline == nil, let original = draft.originalTitle, !original.isEmpty { article.headline = original }
        article.readOpeningAndClosing()
        return article
    }

    /// Splits a heading group into headline, kicker and adoption line.
    private func applyHeading(_ draft: Draft, to article: inout Article) {
        var lines = draft.heading
        if let adoption = lines.firstIndex(where: { Normalizer.isAdoptionLine(Array($0.text.unicodeScalars)) }) {
            article.adoptionLine = lines[adoption].text
            lines.remove(at: adoption)
        }
        guard !lines.isEmpty else { return }
        // Sub-blocks: lines printed together (no blank line between them).
        var blocks: [[Item]] = []
        for item in lines {
            if item.line.blankBefore || blocks.isEmpty { blocks.append([item]) } else { blocks[blocks.count - 1].append(item) }
        }
        // Print pages set a kicker apart from the main title; web pages print title and subtitle.
        if blocks.count >= 2 && draft.headlineAfterBody {
            let candidate = draft.headlineAfterBody ? blocks.last! : blocks.first!
            let others = draft.headlineAfterBody ? blocks.dropLast() : blocks.dropFirst()
            let shortest = others.flatMap { $0 }.map { $0.text.count }.min() ?? 0
            if candidate.count == 1, candidate[0].line.kind == .heading, candidate[0].text.count < shortest {
                article.kicker = candidate[0].text
                lines = others.flatMap { $0 }
            }
        }
        article.headline = lines.map(\.text).joined(separator: " ")
    }
}

import NewsGraphModel

/// Tags plain text, one sentence a line, with the trained entity tagger: person, organisation and
/// place mentions with offsets and the tagger's margin.
///
/// Offsets count Unicode scalars in the line as given. Example: `韩俊强调` gives a `PER` from 0 to 2.
public struct Tagger: Sendable {
    public struct Tag: Codable, Sendable, Equatable {
        public var type: String
        public var start: Int
        public var end: Int
        public var text: String
        public var rule: String
        /// The tagger's margin: how much better its labels are than any that leave this span out.
        public var score: Double?
    }

    let pipeline: Pipeline

    public init(lexicon: Lexicon = .shared) throws {
        pipeline = try Pipeline.tagging(lexicon: lexicon)
    }

    static let types: [MentionKind: String] = [.person: "PER", .organization: "ORG", .place: "LOC"]

    /// The mentions of one line, left to right. The tagger's labels never overlap; should two
    /// mentions overlap all the same, the one that starts first (the longer at one start) is kept.
    public func tag(_ line: String) -> [Tag] {
        var document = Document(path: "<line>", contentHash: "", raw: ScalarText(line), encoding: "UTF-8", issue: IssueInfo())
        do { try pipeline.run(&document) } catch { return [] }
        guard let page = document.page, let article = document.articles.first else { return [] }
        let scalars = ScalarText(line)
        let spans = article.mentions.filter { Self.types[$0.kind] != nil }
            .map { ($0, page.rawSpan(of: article.pageSpan(of: $0.span))) }
            .sorted { ($0.1.start, -$0.1.length, rank($0.0.kind)) < ($1.1.start, -$1.1.length, rank($1.0.kind)) }
        var tags: [Tag] = []
        var end = 0
        for (m, raw) in spans where raw.start >= end {
            end = raw.end
            tags.append(Tag(type: Self.types[m.kind]!, start: raw.start, end: raw.end, text: scalars.string(raw), rule: m.rule,
                            score: m.score.map { ($0 * 100).rounded() / 100 }))
        }
        return tags
    }

    private func rank(_ kind: MentionKind) -> Int { kind == .person ? 0 : kind == .organization ? 1 : 2 }

    /// One `char TAG` pair per character of `line`, in BIO form.
    public func bio(_ line: String) -> [(Unicode.Scalar, String)] {
        let chars = Array(line.unicodeScalars)
        var labels = [String](repeating: "O", count: chars.count)
        for t in tag(line) {
            for i in t.start..<min(t.end, chars.count) { labels[i] = (i == t.start ? "B-" : "I-") + t.type }
        }
        return Array(zip(chars, labels))
    }
}

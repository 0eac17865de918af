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

    /// The mentions of one line, left to right, not overlapping (people first, then bodies, then places).
    public func tag(_ line: String) -> [Tag] {
        var document = Document(path: "<line>", contentHash: "", raw: ScalarText(line), encoding: "UTF-8", issue: IssueInfo())
        do { try pipeline.run(&document) } catch { return [] }
        guard let page = document.page, let article = document.articles.first else { return [] }
        var tags: [Tag] = []
        let ranked = article.mentions.filter { Self.types[$0.kind] != nil }
            .sorted { (rank($0.kind), -$0.span.length, $0.span.start) < (rank($1.kind), -$1.span.length, $1.span.start) }
        var taken: [Span] = []
        for m in ranked {
            let raw = page.rawSpan(of: article.pageSpan(of: m.span))
            guard !taken.contains(where: { $0.overlaps(raw) }) else { continue }
            taken.append(raw)
            tags.append(Tag(type: Self.types[m.kind]!, start: raw.start, end: raw.end, text: ScalarText(line).string(raw), rule: m.rule,
                            score: m.score.map { ($0 * 100).rounded() / 100 }))
        }
        return tags.sorted { $0.start < $1.start }
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

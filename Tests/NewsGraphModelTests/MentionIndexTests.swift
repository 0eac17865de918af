import Testing
import NewsGraphModel

@Suite struct MentionIndexTests {
    /// Made-up mentions, overlapping, nested and of several kinds, out of text order.
    static let mentions: [Mention] = [
        Mention(kind: .person, span: Span(8, 11), text: "丙丙丙", rule: "t"),
        Mention(kind: .title, span: Span(2, 8), text: "县委副书记长", rule: "t"),
        Mention(kind: .organization, span: Span(2, 4), text: "县委", rule: "t"),
        Mention(kind: .organization, span: Span(0, 4), text: "某县县委", rule: "t"),
        Mention(kind: .place, span: Span(0, 2), text: "某县", rule: "t"),
        Mention(kind: .person, span: Span(20, 22), text: "丁丁", rule: "t"),
        Mention(kind: .meeting, span: Span(12, 30), text: "会", rule: "t"),
    ]

    @Test func everyAnswerIsTheScansAnswerInTheMentionsOrder() {
        let index = MentionIndex(Self.mentions)
        let all: Set<MentionKind> = [.person, .title, .organization, .place, .meeting]
        for offset in 0...31 {
            for kinds in [all, [.organization, .place], [.person]] as [Set<MentionKind>] {
                #expect(index.ending(at: offset, kinds: kinds) == Self.mentions.filter { kinds.contains($0.kind) && $0.span.end == offset })
                #expect(index.starting(at: offset, kinds: kinds) == Self.mentions.filter { kinds.contains($0.kind) && $0.span.start == offset })
                for length in 0...6 {
                    let span = Span(offset, offset + length)
                    #expect(index.overlaps(span, kinds: kinds) == Self.mentions.contains { kinds.contains($0.kind) && $0.span.overlaps(span) }, "\(span)")
                    #expect(index.inside(span, kinds: kinds) == Self.mentions.filter {
                        kinds.contains($0.kind) && $0.span.start >= span.start && $0.span.start < span.end && $0.span.end <= span.end
                    })
                }
            }
        }
        #expect(index.mentions(of: .organization).map(\.text) == ["某县县委", "县委"])
        #expect(index.maxLength == 18)
    }

    @Test func anArticlesIndexFollowsItsMentions() {
        let text = ScalarText("某县县委副书记长丙丙丙")
        var article = Article(ordinal: 1, pageSpan: Span(0, text.count), text: text, display: text,
                              pageOffsets: Array(0..<text.count), bodyLength: text.count)
        article.mentions = Array(Self.mentions.prefix(1))
        #expect(article.mentions(of: .person).count == 1)
        article.mentions.append(Mention(kind: .person, span: Span(0, 2), text: "某县", rule: "t"))
        #expect(article.mentions(of: .person).map(\.text) == ["某县", "丙丙丙"])
        #expect(article.mentionIndex.ending(at: 2, kinds: [.person]).count == 1)
    }
}

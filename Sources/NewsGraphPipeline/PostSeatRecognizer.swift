import NewsGraphModel

/// Adds the body a post is printed with when only the trained tagger knows it: the seat of a post.
///
/// News writing prints a post after its body with nothing between (`某某集团有限公司总经理`,
/// `某某部副部长`). The grammar knows Party and state organs by their suffixes; the tagger also knows
/// companies, ministries and foreign bodies. An organisation span of the tagger (`EntityTagging`) that
/// ends right before a post head (`post-heads.txt`, after any modifier of `post-modifiers.txt`) and
/// overlaps no mention of the grammar (a place it holds whole aside) becomes an organisation
/// mention (`org.seat`), so that `TitleRecognizer` prints the post with its body, as the article does.
/// A news outlet before a credit word (`某某日报记者`) is a credit, not a seat. Runs after
/// `OrganizationRecognizer` and before `TitleRecognizer`.
///
/// Example: in `东方电气集团有限公司副总经理张三出席。` the tagger marks the company; the post is
/// `东方电气集团有限公司副总经理`.
public struct PostSeatRecognizer: ArticleComponent {
    public let name = "post-seats"
    public let needs: Set<DocumentLayer> = [.tagged, .organizations, .places]
    public let adds: Set<DocumentLayer> = [.organizations]
    let lexicon: Lexicon
    let credits: WordTrie

    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        credits = WordTrie(Array(try lexicon.table("credit-words.txt").keys))
    }

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        var a = article
        a.mentions.append(contentsOf: seats(in: article))
        a.mentions.sort { $0.span < $1.span }
        return a
    }

    /// The organisation mentions of the tagger's spans that are seats of posts.
    func seats(in article: Article) -> [Mention] {
        let t = article.text
        var out: [Mention] = []
        for e in article.tagged where e.kind == .organization {
            let s = t.trimmingSpaces(e.span)
            guard s.length >= 2, s.end <= article.bodyLength, s.end < t.count, CharacterClass.isHan(t[s.start]) else { continue }
            if let dateline = article.dateline, dateline.span.overlaps(s) { continue }
            // A post head (after its modifiers) right after the span.
            var headStart = s.end
            while let m = lexicon.postModifiers.longestMatch(in: t, at: headStart) { headStart = m }
            guard lexicon.postHeads.longestMatch(in: t, at: headStart) != nil else { continue }
            // 某某日报记者 is a credit line: the outlet is no seat.
            if credits.longestMatch(in: t, at: s.end) != nil { continue }
            let clash = article.mentions.contains { m in
                m.span.overlaps(s) && !(m.kind == .place && s.contains(m.span) && s != m.span)
            }
            if clash || out.contains(where: { $0.span.overlaps(s) }) { continue }
            out.append(Mention(kind: .organization, span: s, text: t.string(s), rule: "org.seat", score: e.margin))
        }
        return out
    }
}

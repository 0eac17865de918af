import NewsGraphModel

/// Who does what a verb says: the subject before it, the names listed with it.
extension RelationExtractor {
    /// The subject before `offset` and the names listed with it (`马有祥、孙其信致辞`).
    func subjects(before offset: Int, in article: Article, sentence: Span) -> [Mention] {
        guard let last = subject(before: offset, in: article, sentence: sentence) else { return [] }
        var out = [last]
        var p = last.span.start
        while true {
            while let title = article.mention(endingAt: p, kinds: [.title]) { p = title.span.start }
            guard p > sentence.start, let previous = article.mention(endingAt: p - 1, kinds: [.person]) else { break }
            // 甲、乙致辞; and people each printed with a post, one clause each (某办主任甲，某部巡视员乙出席并讲话).
            let separator = article.text[p - 1]
            guard separator == "、" || (separator == "，" || separator == ",") && Self.postedClause(previous, in: article, sentence: sentence)
                    && Self.postedClause(out[0], in: article, sentence: sentence) else { break }
            out.insert(previous, at: 0)
            p = previous.span.start
        }
        return out
    }

    /// Whether `person` stands with its posts as a clause of its own: the posts before it (joined by
    /// `、`) open the sentence or follow a comma, and there is at least one.
    static func postedClause(_ person: Mention, in article: Article, sentence: Span) -> Bool {
        let t = article.text
        var p = person.span.start
        var posts = 0
        while true {
            if let title = article.mention(endingAt: p, kinds: [.title]) {
                p = title.span.start
                posts += 1
                continue
            }
            if p - 1 > sentence.start, t[p - 1] == "、", article.mention(endingAt: p - 1, kinds: [.title]) != nil, posts > 0 {
                p -= 1
                continue
            }
            break
        }
        return posts > 0 && (p == sentence.start || "，,。；：\n".unicodeScalars.contains(t[p - 1]))
    }

    /// The person (or body) mention whose end is closest before `offset` within the clause.
    func subject(before offset: Int, in article: Article, sentence: Span, kinds: Set<MentionKind> = [.person]) -> Mention? {
        let t = article.text
        var clauseStart = offset
        while clauseStart > sentence.start && !"，,。；：\n".unicodeScalars.contains(t[clauseStart - 1]) { clauseStart -= 1 }
        let candidates = article.mentionIndex.inside(Span(clauseStart, offset), kinds: kinds)
        // 甲对乙的工作提出要求: the one before the topic speaks, not one named inside it.
        for c in candidates.sorted(by: { $0.span.start < $1.span.start }) where kinds == [.person] {
            var k = c.span.end
            while let post = article.mention(startingAt: k, kinds: [.title]), post.span.end <= offset { k = post.span.end }
            let rest = t.string(k, offset)
            if Self.topicMarkers.contains(where: { rest.hasPrefix($0) }), rest.unicodeScalars.count <= 30, !rest.contains("，"),
               candidates.contains(where: { $0.span.start > c.span.start }) {
                return c
            }
        }
        guard let last = candidates.max(by: { $0.span.end < $1.span.end }) else { return nil }
        // Only posts, places, meetings and short adverbial words between the subject and the verb (一起, 在长春, 并);
        // 重要讲话 and 的讲话 are nouns, not the subject speaking.
        var k = last.span.end
        var gap = ""
        while k < offset {
            // 甲在某某会议上强调, 甲在参加某某代表团审议时强调: the meeting where it was said is no gap.
            if let m = article.mentionIndex.starting(at: k, kinds: [.title, .organization, .place, .meeting]).filter({ $0.span.end <= offset })
                .max(by: { $0.span.length < $1.span.length }) { k = m.span.end; continue }
            gap.unicodeScalars.append(t[k])
            k += 1
        }
        // …发表了重要讲话, 作重要讲话 deliver one: 发表 / 作 make the noun a speech given.
        let delivered = ["发表重要", "发表了重要", "发表了", "发表", "作重要", "作了重要"].contains { gap.hasSuffix($0) }
        if !delivered && (gap.hasSuffix("重要") || gap.hasSuffix("的")) || gap.hasSuffix("调研") || gap.contains("，") || gap.contains(",") { return nil }
        // 按照孙春兰副总理调研要求: the name is the object of a preposition, not a speaker.
        var chainStart = last.span.start
        while let title = article.mention(endingAt: chainStart, kinds: [.title]) { chainStart = title.span.start }
        if Self.prepositions.contains(where: { chainStart >= $0.unicodeScalars.count && t.hasPrefix($0, at: chainStart - $0.unicodeScalars.count) }) { return nil }
        // 甲对某某工作提出明确要求, 甲就某某工作进行了安排部署: a topic opened by 对 / 就 right after the
        // speaker (and any adverb) may be long.
        let topic = Self.topicMarkers.contains { gap.hasPrefix($0) } && gap.unicodeScalars.count <= 30 && !gap.contains("，")
        return gap.count <= 8 || topic ? last : nil
    }

    /// Words after a speaker that open the topic of the remarks (`对`, `就`), `spoke-topic-markers.txt`.
    static let topicMarkers: [String] = GrammarWords.list("spoke-topic-markers.txt")
}

import NewsGraphModel

/// Names found by the name model alone in running text, and names found once carried to every later occurrence.
extension PersonRecognizer {
    /// Names anywhere in the text that the name model and the words around them make likely.
    func scan(_ article: Article, threshold: Double) -> [Mention] {
        let t = article.text
        var out: [Mention] = []
        // Transliterated names: runs of characters typical of transliteration (克林顿, 基里延科).
        var r = 0
        while r < t.count {
            var e = r
            while e < t.count && CharacterClass.isHan(t[e]) && (lexicon.names.translit[t[e]] ?? -50) > -9 { e += 1 }
            if e - r >= 3 && e - r <= 7 {
                let span = Span(r, e)
                let chars = Array(t.scalars[r..<e])
                let perChar = lexicon.names.translitScore(chars) / Double(chars.count)
                if perChar > threshold / 3, lexicon.names.commonWord(t.string(span)) == nil,
                   !article.overlapsMention(span, kinds: [.organization, .place, .title, .date, .meeting, .person]) {
                    out.append(Mention(kind: .person, span: span, text: t.string(span), rule: "person.scan.translit"))
                }
            }
            r = max(e, r + 1)
        }
        var i = 0
        while i + 2 <= t.count {
            if out.contains(where: { $0.span.start <= i && i < $0.span.end }) { i += 1; continue }
            guard CharacterClass.isHan(t[i]), lexicon.names.isSurname(String(t[i])) || (i + 1 < t.count && lexicon.names.isSurname(t.string(i, i + 2))) else { i += 1; continue }
            let before: Unicode.Scalar = i > 0 ? t[i - 1] : "\n"
            let leftBonus: Double = !CharacterClass.isHan(before) || BoundaryWords.leftStop(endingAt: i, in: t, floor: 0)
                || article.mentions.contains { ($0.kind == .title || $0.kind == .organization || $0.kind == .place) && $0.span.end == i } ? 2 : 0
            var best: (Span, Double)?
            for n in [2, 3] where i + n <= t.count {
                let span = Span(i, i + n)
                let chars = Array(t.scalars[i..<(i + n)])
                guard chars.allSatisfy(CharacterClass.isHan), isName(chars), chars[0] != chars[1],
                      !article.overlapsMention(span, kinds: [.organization, .place, .title, .date, .meeting, .person]) else { continue }
                var score = lexicon.names.score(chars) + leftBonus
                score += BoundaryWords.afterNameWord(at: i + n, in: t) ? 3 : 0
                // An ordinary word is more likely than a name (高峰, 王国).
                if let common = lexicon.names.commonWord(t.string(span)) { score -= 2 * common }
                if n == 3, let common = lexicon.names.commonWord(t.string(i, i + 2)) { score -= common }
                if n == 2 { score -= 2 }
                if score >= threshold, best == nil || score > best!.1 { best = (span, score) }
            }
            if let (span, _) = best {
                out.append(Mention(kind: .person, span: span, text: t.string(span), rule: "person.scan"))
                i = span.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Further occurrences of names already found on the page.
    ///
    /// `known` is a trie of the page's names, built once per page: each article is read once,
    /// every name starting at each position is a candidate, and candidates are taken longest
    /// name first (then by name, then left to right), each where it overlaps nothing taken.
    func propagate(_ article: Article, known: WordTrie) -> [Mention] {
        let t = article.text
        var candidates: [(span: Span, name: String)] = []
        for i in 0..<t.count {
            for end in known.matches(in: t, startingAt: i) { candidates.append((Span(i, end), t.string(i, end))) }
        }
        candidates.sort { ($1.span.length, $0.name, $0.span.start) < ($0.span.length, $1.name, $1.span.start) }
        var out: [Mention] = []
        let existing = article.mentions(of: .person)
        for (span, name) in candidates {
            if existing.contains(where: { $0.span.overlaps(span) }) || out.contains(where: { $0.span.overlaps(span) }) { continue }
            if article.overlapsMention(span, kinds: [.organization, .place]) { continue }
            // Not the start of a longer name: the next character must end the name.
            if span.end < t.count, CharacterClass.isHan(t[span.end]), !BoundaryWords.afterNameWord(at: span.end, in: t) {
                let longer = Array(t.scalars[span.start..<min(t.count, span.end + 1)])
                if lexicon.names.score(longer) > lexicon.names.score(Array(name.unicodeScalars)) { continue }
            }
            out.append(Mention(kind: .person, span: span, text: name, rule: "person.known"))
        }
        return out
    }
}

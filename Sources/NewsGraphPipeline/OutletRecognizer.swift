import NewsGraphModel

/// Finds news outlets named as bodies: papers, agencies, broadcasters and their branches.
///
/// News writing lists the media at an event (`出席的媒体有：某某日报、某某晚报、某某卫视`) and names
/// them as bodies. An outlet is a name from `outlet-names.txt` (agencies such as 新华社) or a stem of
/// two to eight characters starting after punctuation, a boundary word or at a place, ending in an
/// outlet ending (`outlet-endings.txt`: 日报, 卫视, 广播电视台 …), and not running on into a word
/// (`及时报告` is no outlet). A branch printed after it (`某某日报社|上海|分社`, `outlet-branches.txt`) and
/// a channel's Latin letters (`某某总台CGTN`) are part of it. An outlet is a source, not a body,
/// where it opens a dateline (`某某社北京3月5日电`), a credit (`某某日报记者 甲`), a source line
/// (`据某某社报道`, `某某网讯`, `来源：某某日报`) or sits inside a title in 《》; there it is not
/// named, and a body of the suffix grammar ending in an outlet ending is removed. Rule: `org.outlet`.
///
/// Example: in `某某晚报、某某卫视等媒体参加。` both outlets are organisations.
public struct OutletRecognizer: ArticleComponent {
    public let name = "outlets"
    public let needs: Set<DocumentLayer> = [.organizations, .places]
    public let adds: Set<DocumentLayer> = [.organizations]
    let lexicon: Lexicon
    let credits: WordTrie

    static let names = WordTrie(GrammarWords.list("outlet-names.txt"))
    static let endings = WordTrie(GrammarWords.list("outlet-endings.txt"))
    static let branches = WordTrie(GrammarWords.list("outlet-branches.txt"))
    static let sourceWords = WordTrie(GrammarWords.list("outlet-source-words.txt"))
    static let sourceOpeners = WordTrie(GrammarWords.list("outlet-source-openers.txt"))
    static let genericStems: Set<String> = GrammarWords.set("outlet-generic-stems.txt")
    /// Marks that join an outlet's brands in a source line (`某某日报·某某客户端`).
    static let brandMarks: Set<Unicode.Scalar> = ["·", "•", "—"]
    /// Words an outlet's last character starts with the next one (`报告`), `outlet-run-on-words.txt`.
    static let runOnWords: Set<String> = GrammarWords.set("outlet-run-on-words.txt")

    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        credits = WordTrie(Array(try lexicon.table("credit-words.txt").keys))
    }

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        // Compute.
        let (outlets, sources) = outlets(in: article)
        // Apply: outlets replace the bodies they hold; bodies printed as a source go.
        var a = article
        a.mentions.removeAll { m in
            m.kind == .organization && (outlets.contains { $0.span.contains(m.span) } || sources.contains { $0.contains(m.span) })
        }
        a.mentions.append(contentsOf: outlets)
        a.mentions.sort { $0.span < $1.span }
        return a
    }

    /// The outlets named as bodies in `article`, and the spans of outlets printed as a source.
    func outlets(in article: Article) -> (outlets: [Mention], sources: [Span]) {
        let t = article.text
        var candidates: [Span] = []
        for end in 1...max(1, t.count) where end <= t.count {
            if let s = Self.names.longestMatch(in: t, endingAt: end, floor: max(0, end - 8)) {
                candidates.append(Span(placeBefore(s, in: article) ?? s, end))
                continue
            }
            guard let e = Self.endings.longestMatch(in: t, endingAt: end, floor: max(0, end - 8)),
                  let s = stemStart(before: e, in: article) else { continue }
            candidates.append(Span(s, end))
        }
        // The longest name at each place: 某某日报社, not 某某日报.
        candidates = candidates.filter { c in !candidates.contains { $0 != c && $0.contains(c) } }
        var out: [Mention] = []
        var sources: [Span] = []
        for c in candidates {
            let span = extended(c, in: t)
            if isSource(span, in: article) {
                sources.append(span)
                continue
            }
            guard endsWord(span, in: t) else { continue }
            let clash = article.mentions.contains { m in
                m.span.overlaps(span) && (m.kind != .organization && m.kind != .place || m.kind == .organization && !span.contains(m.span))
            }
            if clash || out.contains(where: { $0.span.overlaps(span) }) { continue }
            out.append(Mention(kind: .organization, span: span, text: t.string(span), rule: "org.outlet"))
        }
        // A body the grammar found that is an outlet printed as a source (某某电视台记者 甲) is no body either.
        for m in article.mentions where m.kind == .organization && Self.endings.longestMatch(in: t, endingAt: m.span.end, floor: m.span.start) != nil {
            if isSource(m.span, in: article) { sources.append(m.span) }
        }
        return (out, sources)
    }

    /// Where the stem of an outlet whose ending starts at `e` begins: after punctuation or a boundary
    /// word, or at a place; nil when the stem is shorter than two characters or opens no name.
    func stemStart(before e: Int, in article: Article) -> Int? {
        let t = article.text
        var s = e
        while s > 0 && e - s < 8 && CharacterClass.isHan(t[s - 1]) && !BoundaryWords.stopChars.contains(t[s - 1])
                && !BoundaryWords.leftStop(endingAt: s, in: t, floor: 0) && Self.sourceOpeners.longestMatch(in: t, endingAt: s, floor: max(0, s - 3)) == nil {
            s -= 1
        }
        let firm = s == 0 || !CharacterClass.isHan(t[s - 1]) || BoundaryWords.stopChars.contains(t[s - 1])
            || BoundaryWords.leftStop(endingAt: s, in: t, floor: 0) || Self.sourceOpeners.longestMatch(in: t, endingAt: s, floor: max(0, s - 3)) != nil
        if !firm {
            // A run of characters with no boundary: the outlet starts at a place inside it (…在沪媒体有|上海某报).
            guard let p = article.mentions.first(where: { $0.kind == .place && $0.span.start > s && $0.span.start < e }) else { return nil }
            s = p.span.start
        }
        // A longer stem opens at a place (上海某某报); a kind alone (国家|通讯社) names no outlet.
        if e - s > 4, let p = article.mentions.first(where: { $0.kind == .place && $0.span.start >= s && $0.span.start < e - 1 }) { s = p.span.start }
        let stem = t.string(s, e)
        guard e - s >= 2, e - s <= 4 || article.mentions.contains(where: { $0.kind == .place && $0.span.start == s }),
              !OrganizationRecognizer.genericStems.contains(stem), !Self.genericStems.contains(stem) else { return nil }
        return s
    }

    /// A place printed right before an outlet's name is part of it (`香港|大公报`).
    func placeBefore(_ s: Int, in article: Article) -> Int? {
        article.mentions.first { $0.kind == .place && $0.span.end == s }?.span.start
    }

    /// The outlet with its branch (`上海分社`) or channel letters (`CGTN`) after it.
    func extended(_ span: Span, in t: ScalarText) -> Span {
        var end = span.end
        for k in 1...4 where end + k < t.count {
            guard CharacterClass.isHan(t[end + k - 1]), !BoundaryWords.stopChars.contains(t[end + k - 1]) else { break }
            if let b = Self.branches.longestMatch(in: t, at: end + k) { end = b; break }
        }
        var l = end
        while l < t.count && l - end < 8 && CharacterClass.isLatin(t[l]) && t[l].properties.isUppercase { l += 1 }
        if l - end >= 2 { end = l }
        return Span(span.start, end)
    }

    /// Whether the outlet ends where a word ends: its last character starts no word with the next
    /// one (`及时报|告`, `outlet-run-on-words.txt`).
    func endsWord(_ span: Span, in t: ScalarText) -> Bool {
        let e = span.end
        guard e < t.count, CharacterClass.isHan(t[e]) else { return true }
        return !Self.runOnWords.contains(t.string(e - 1, e + 1))
    }

    /// Whether the outlet is printed as the source of the text: a dateline, a credit, a source line,
    /// or inside a title in 《》.
    func isSource(_ span: Span, in article: Article) -> Bool {
        let t = article.text
        if let dateline = article.dateline, dateline.span.overlaps(span) { return true }
        var o = span.start
        while o > 0 && (t[o - 1] == " " || t[o - 1] == "\u{3000}") { o -= 1 }
        if Self.sourceOpeners.longestMatch(in: t, endingAt: o, floor: max(0, o - 4)) != nil { return true }
        // A brand line (某某日报·某某客户端讯) or the outlet alone in brackets after a paragraph (（某某日报）).
        if o > 0 && Self.brandMarks.contains(t[o - 1]) || span.end < t.count && Self.brandMarks.contains(t[span.end]) { return true }
        if o > 0, span.end < t.count, "(（".unicodeScalars.contains(t[o - 1]), ")）".unicodeScalars.contains(t[span.end]) { return true }
        if Self.sourceWords.longestMatch(in: t, at: span.end) != nil { return true }
        // A credit: 某某日报记者 甲, （某某卫视记者甲乙）, 某某日报通讯员 丙.
        if let c = credits.longestMatch(in: t, at: span.end) {
            if c >= t.count || !CharacterClass.isHan(t[c]) { return true }
            if article.tagged.contains(where: { $0.kind == .person && t.trimmingSpaces($0.span).start == c }) { return true }
        }
        // A dateline inside the text: 某某社北京3月5日电, 某某网3月5日讯.
        var k = span.end
        while k < t.count && k - span.end < 16 && (CharacterClass.isHan(t[k]) || CharacterClass.isDigit(t[k])) {
            if t[k] == "电" || t[k] == "讯", k > span.end, t[k - 1] == "日" { return true }
            k += 1
        }
        // Inside a title: 《某某新闻联播》.
        var b = span.start
        while b > 0 && span.start - b < 40 {
            b -= 1
            if t[b] == "》" || t[b] == "\n" { break }
            if t[b] == "《" { return true }
        }
        return false
    }
}

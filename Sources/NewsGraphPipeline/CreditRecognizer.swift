import NewsGraphModel

/// Finds the people credited in runs of names after a credit word (`person.credit`).
///
/// A credit word (`credit-words.txt`: 记者, 通讯员, 文, 摄 …) printed after an opening bracket, a
/// space, a line start, a sentence's end or a news outlet's name (`某某日报记者`), then a separator (a space, a colon or a slash; after a bracket none is
/// needed), then names separated by spaces, slashes or `、`, each two to four Chinese characters
/// that read as a name and end at a separator or a closing bracket. A credit word inside the run
/// switches the title of the names after it; a name followed by `/文` or `/摄` is credited too.
/// Each name gets the title its credit word gives (`记者`), as the gold counts it, also a name another
/// rule found first (a photographer at a caption's end). Example:
/// `（记者 甲乙 丙丁 通讯员 戊己）` gives 甲乙 and 丙丁 as 记者 and 戊己 as 通讯员. A two-character name
/// printed with a space between its characters (`记者 甲 乙`) is one name, its space dropped.
public struct CreditRecognizer: ArticleComponent {
    public let name = "credits"
    public let needs: Set<DocumentLayer> = [.persons]
    public let adds: Set<DocumentLayer> = [.persons]
    let credits: [String: String]
    let creditTrie: WordTrie
    let persons: PersonRecognizer

    public init(lexicon: Lexicon) throws {
        credits = try lexicon.table("credit-words.txt")
        creditTrie = WordTrie(Array(credits.keys))
        persons = PersonRecognizer(lexicon: lexicon)
    }

    static let openers: Set<Unicode.Scalar> = ["(", "（", " ", "\u{3000}", "\n", ")", "）", "。", "！", "？", "?", "!"]
    /// Last characters of a news outlet's name (`某某日报`, `某某台`, `某某网`, `某某社`), which may
    /// print right before the credit word: `（某某日报记者 甲乙）`.
    static let outletEndings: Set<Unicode.Scalar> = GrammarWords.characters("credit-outlet-endings.txt")
    static let separators: Set<Unicode.Scalar> = [" ", "\u{3000}", "/", "／", "、", "：", ":"]
    static let closers: Set<Unicode.Scalar> = [")", "）", "(", "（", "\n", "。", "，", ","]

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var found: [(Span, Mention?)] = []
        var spaced: [Span] = []
        var i = 0
        while i < t.count {
            guard i == 0 || Self.openers.contains(t[i - 1]) || Self.outletEndings.contains(t[i - 1]),
                  let end = creditTrie.longestMatch(in: t, at: i) else { i += 1; continue }
            let afterBracket = i > 0 && (t[i - 1] == "(" || t[i - 1] == "（")
            var k = end
            var role = credits[t.string(i, end)] ?? ""
            var roleSpan = Span(i, end)
            guard k < t.count else { i += 1; continue }
            // 某某日报记者甲乙摄: an outlet's reporter with the name run on, closed by 摄 or the line's end.
            if !afterBracket && !Self.separators.contains(t[k]) {
                if i > 0, Self.outletEndings.contains(t[i - 1]), let name = runOnName(t, from: k, article: article) {
                    found.append((name, role.isEmpty ? nil : Mention(kind: .title, span: roleSpan, text: role, rule: "title.credit")))
                }
                i += 1
                continue
            }
            while k < t.count {
                while k < t.count && Self.separators.contains(t[k]) { k += 1 }
                var e = k
                while e < t.count && CharacterClass.isHan(t[e]) { e += 1 }
                if let c = creditTrie.longestMatch(in: t, at: k), c == e || (c < t.count && Self.separators.contains(t[c])) {
                    // 甲/文 乙/摄: a word after a slash tells what the name before it did; the names keep
                    // the title of the credit word before them.
                    let marker = (credits[t.string(k, c)] ?? "").isEmpty && k > 0 && (t[k - 1] == "/" || t[k - 1] == "／")
                    if !marker {
                        role = credits[t.string(k, c)] ?? ""
                        roleSpan = Span(k, c)
                    }
                    k = c
                    continue
                }
                // A letter-spaced two-character name (`姜 璐`): one character, one space, one character.
                if e - k == 1, e + 2 <= t.count, t[e] == " ", CharacterClass.isHan(t[e + 1]),
                   e + 2 == t.count || Self.separators.contains(t[e + 2]) || Self.closers.contains(t[e + 2]),
                   creditTrie.longestMatch(in: t, at: e + 1) == nil, persons.isName([t[k], t[e + 1]]) {
                    spaced.append(Span(k, e + 2))
                    found.append((Span(k, e + 2), role.isEmpty ? nil : Mention(kind: .title, span: roleSpan, text: role, rule: "title.credit")))
                    k = e + 2
                    continue
                }
                let span = Span(k, e)
                // A word before a colon labels the next field of the line (作者：甲 更新时间：…), no name.
                if e < t.count, t[e] == ":" || t[e] == "：" { break }
                guard (2...4).contains(span.length), e >= t.count || Self.separators.contains(t[e]) || Self.closers.contains(t[e]),
                      persons.isListName(t, span, article: article) || span.length == 4 && persons.isName(Array(t.scalars[k..<e])) else { break }
                found.append((span, role.isEmpty ? nil : Mention(kind: .title, span: roleSpan, text: role, rule: "title.credit")))
                k = e
            }
            i = max(i + 1, k)
        }
        var a = article
        for (span, title) in found {
            let name = spaced.contains(span) ? t.string(span).replacingOccurrences(of: " ", with: "") : t.string(span)
            if a.mentions.contains(where: { $0.kind == .person && $0.span.overlaps(span) }) {
                // A name another rule found (`甲乙 摄` at a caption's end) still takes its credit's title.
                if let title, a.mentions.contains(where: { $0.kind == .person && $0.span == span }),
                   !a.relations.contains(where: { $0.kind == .holdsPost && $0.subject?.name == name && $0.object.name == title.name }) {
                    a.relations.append(contentsOf: PersonRecognizer.postRelations(of: name, at: span, titles: [title], affiliation: nil, rule: "person.credit"))
                }
                continue
            }
            a.mentions.append(Mention(kind: .person, span: span, text: t.string(span), name: name, rule: "person.credit"))
            a.relations.append(contentsOf: PersonRecognizer.postRelations(of: name, at: span, titles: title.map { [$0] } ?? [], affiliation: nil, rule: "person.credit"))
        }
        a.mentions.sort { $0.span < $1.span }
        return a
    }
}

extension CreditRecognizer {
    /// The name run on after a credit word with no separator (`记者甲乙摄`, `首席记者甲乙` at a line's end):
    /// two or three characters that read as a list name, then `摄` or the end of the line or bracket.
    func runOnName(_ t: ScalarText, from k: Int, article: Article) -> Span? {
        var e = k
        while e < t.count && CharacterClass.isHan(t[e]) && e - k <= 4 { e += 1 }
        guard e >= t.count || Self.closers.contains(t[e]) || t[e] == " " else { return nil }
        let end = t[e - 1] == "摄" ? e - 1 : e
        let name = Span(k, end)
        guard (2...3).contains(name.length), persons.isListName(t, name, article: article) else { return nil }
        return name
    }
}

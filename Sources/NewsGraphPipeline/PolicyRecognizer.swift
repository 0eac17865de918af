import NewsGraphModel

/// Finds policies, programmes, plans, laws and documents.
///
/// - `policy.document`: titles in book-title marks (`《关于推进分级诊疗制度建设实施方案》`), titles within
///   titles counted; `policy.document.approved`: the regulation a decision approves (`…关于批准〈X〉的决定》` → 《X》);
/// - `policy.quoted`: a quoted name with its head word (`“千亿斤粮食”工程`,
///   `“秸秆变肉”暨千万头肉牛工程`, `“人才18条”政策`) or a quoted name that ends in one (`“梨树模式”`);
/// - `policy.formula`: a quoted numbered formula carried out as a programme (`扎实做好“六稳”“六保”工作`,
///   `“十四五”规划`, `全面推动“五个合作”`);
/// - `policy.named`: an unquoted name ending in a policy head (`社会保险助企纾困政策`), its left
///   edge found by the boundary words.
public struct PolicyRecognizer: ArticleComponent {
    public let name = "policies"
    public let needs: Set<DocumentLayer> = [.organizations]
    public let adds: Set<DocumentLayer> = [.policies]
    let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Stems too general to name a policy.
    static let genericStems: Set<String> = GrammarWords.set("policy-generic-stems.txt")
    /// Words after which a policy's name may begin.
    static let openers: [String] = GrammarWords.list("policy-openers.txt")
    static let nonDocuments: Set<Unicode.Scalar> = GrammarWords.characters("policy-non-documents.txt")
    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "千", "万"]

    /// Verbs of carrying out before a formula that make it a programme: 扎实做好“六稳”, 全面推动“五个合作”.
    static let formulaVerbs: [String] = GrammarWords.list("formula-verbs.txt")
    /// Words after a formula that make it a programme: “六保”工作, “十四五”规划, “一精准三确保”要求.
    static let formulaTails: [String] = GrammarWords.list("formula-tails.txt")
    /// Formulas of political loyalty and theory, or naming a field of work (“三农”), which no body
    /// issues or carries out as a programme.
    static let creeds: Set<String> = GrammarWords.set("creeds.txt")

    /// A numbered formula of Party and government work, quoted: `“六稳”`, `“十四五”`, `“五个合作”`,
    /// `“两确保一率先”`, `“一主、六双”`. It opens with a numeral, holds only Chinese characters (and
    /// the list comma), 2–10 of them, and is no date or count (`“三年”`, `“第一”`).
    static func isFormula(_ inner: String) -> Bool {
        let chars = Array(inner)
        guard (2...10).contains(chars.count), let first = chars.first, numerals.contains(first) else { return false }
        guard chars.allSatisfy({ $0 == "、" || $0.unicodeScalars.allSatisfy(CharacterClass.isHan) }) else { return false }
        if chars.contains(where: { "年月日号届次名位天岁倍成".contains($0) }) && chars.count <= 3 { return false }
        return chars.count >= 3 || !numerals.contains(chars[1])
    }

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var found: [Mention] = []
        func free(_ s: Span) -> Bool { !found.contains { $0.span.overlaps(s) } }
        // 1. 《…》, titles within titles counted (《…批准〈…《…》…〉的决定》).
        var covered = 0
        for o in t.occurrences(of: "《") where o >= covered {
            var e = o + 1
            var depth = 0
            while e < t.count && t[e] != "\n" && e - o < 160 {
                if t[e] == "《" { depth += 1 } else if t[e] == "》" { if depth == 0 { break }; depth -= 1 }
                e += 1
            }
            guard e < t.count, t[e] == "》", e - o > 3 else { continue }
            if let last = t.scalars[e - 1...e - 1].first, Self.nonDocuments.contains(last) { continue }
            covered = e + 1
            let span = Span(o, e + 1)
            // A decision approving a local regulation (关于批准〈X〉的决定) stands for the regulation X.
            if let open = t.occurrences(of: "批准〈", in: span).first,
               let close = t.occurrences(of: "〉的决定", in: Span(open, span.end)).last, close > open + 3 {
                let inner = Span(open + 2, close + 1)
                found.append(Mention(kind: .policy, span: inner, text: t.string(inner), name: "《" + t.string(open + 3, close) + "》",
                                     rule: "policy.document.approved"))
                continue
            }
            found.append(Mention(kind: .policy, span: span, text: t.string(span), rule: "policy.document"))
        }
        // 2. “…” with a head word after it or at its end.
        for o in t.occurrences(of: "“") {
            var e = o + 1
            while e < t.count && t[e] != "”" && t[e] != "\n" && e - o < 24 { e += 1 }
            guard e < t.count, t[e] == "”", e - o > 1 else { continue }
            let inner = t.string(o + 1, e)
            var end = e + 1
            // 暨 + a second name: “秸秆变肉”暨千万头肉牛工程.
            var k = end
            if k < t.count, t[k] == "暨" { k += 1 }
            var headEnd: Int?
            var j = k
            while j < t.count && j - end <= 10 && (CharacterClass.isHan(t[j]) || CharacterClass.isDigit(t[j])) {
                if let h = lexicon.policyHeadTrie.longestMatch(in: t, at: j) { headEnd = h; break }
                j += 1
            }
            // A list of single characters (“降、缓、返、补、扩”) is a slogan, not a name.
            let parts = inner.split(separator: "、")
            if parts.count >= 3 && parts.allSatisfy({ $0.count == 1 }) { continue }
            if let h = headEnd, lexicon.policyHeads[t.string(j, h)] != "one-off" {
                end = h
            } else if lexicon.policyHeads.keys.contains(where: { inner.hasSuffix($0) }) && inner.count >= 3 {
                end = e + 1
            } else if Self.isFormula(inner), !Self.creeds.contains(inner),
                      Self.formulaVerbs.contains(where: { o >= $0.unicodeScalars.count && t.hasPrefix($0, at: o - $0.unicodeScalars.count) })
                        || Self.formulaTails.contains(where: { t.hasPrefix($0, at: e + 1) }) {
                let span = Span(o, e + 1)
                if free(span) { found.append(Mention(kind: .policy, span: span, text: t.string(span), rule: "policy.formula")) }
                continue
            } else {
                continue
            }
            let span = Span(o, end)
            if free(span) { found.append(Mention(kind: .policy, span: span, text: t.string(span), rule: "policy.quoted")) }
        }
        // 3. Unquoted names ending in a head.
        var i = 0
        while i < t.count {
            guard let h = lexicon.policyHeadTrie.longestMatch(in: t, at: i) else { i += 1; continue }
            let head = t.string(i, h)
            let constraint = lexicon.policyHeads[head] ?? ""
            var s = i
            while s > 0 && i - s < 14 {
                let c = t[s - 1]
                guard CharacterClass.isHan(c) || CharacterClass.isLatin(c) || CharacterClass.isDigit(c) else { break }
                if BoundaryWords.stopChars.contains(c) || BoundaryWords.leftStop(endingAt: s, in: t, floor: 0) { break }
                if article.mentions.contains(where: { $0.kind == .organization && $0.span.end == s }) { break }
                s -= 1
            }
            let stem = t.string(s, i)
            let span = Span(s, h)
            // The name must start at a clause start, after a verb of carrying out or issuing, or after 我省/全省.
            let verbOpener = Self.openers.contains { s >= $0.unicodeScalars.count && t.hasPrefix($0, at: s - $0.unicodeScalars.count) }
            let opener = s == 0 || !CharacterClass.isHan(t[s - 1]) && !CharacterClass.isLatin(t[s - 1]) && !CharacterClass.isDigit(t[s - 1])
                || verbOpener
            let ok: Bool
            if constraint == "quoted" {
                // A head that names a policy only after quotes (工程) does so unquoted after a verb of
                // carrying out: 四要实施种业振兴工程.
                ok = verbOpener && stem.count >= 4 && !Self.genericStems.contains(where: { stem.contains($0) })
                    && !stem.contains(where: { $0.isNumber }) && !stem.contains("等")
            } else if constraint == "one-off" {
                ok = stem.hasPrefix("一次性") && stem.count >= 5
            } else {
                ok = opener && stem.count >= 4 && !Self.genericStems.contains(where: { stem.contains($0) }) && !stem.hasSuffix("的")
                    && !stem.contains(where: { $0.isNumber })
            }
            if ok && free(span) {
                found.append(Mention(kind: .policy, span: span, text: t.string(span), rule: "policy.named"))
            }
            i = h
        }
        // A shorter name that ends another one found in the article refers to it (助企纾困政策).
        let names = Set(found.map(\.text))
        found = found.map { m in
            if let longer = names.first(where: { $0 != m.text && $0.hasSuffix(m.text) && m.rule == "policy.named" }) {
                return Mention(kind: .policy, span: m.span, text: m.text, name: longer, rule: "policy.short")
            }
            return m
        }
        var a = article
        a.mentions.append(contentsOf: found.sorted { $0.span < $1.span })
        return a
    }
}

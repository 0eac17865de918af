import Foundation
import NewsGraphModel

/// Finds people's names in plain sentences with a character-level sequence tagger (`person.model`).
///
/// Each character gets one of the tags B M E S O (begin, middle, end, single, outside a name); the
/// best valid sequence is found by Viterbi over linear scores of the character's features and a
/// first-order transition. The weights (`Lexicons/name-tagger.tsv`) come from an averaged perceptron
/// trained by `scripts/train_name_tagger.py` on the even-numbered sentences of the People's Daily NER
/// dev split. The features are computed EXACTLY as the script computes them (its docstring holds the
/// spec): the character and its neighbours (±2), character pairs, character classes, the surname,
/// given-name, background and transliteration buckets of the name model's tables, the name-model
/// score of 2–3 character candidates starting, ending or centred here, common words starting or
/// ending here, post heads right before, at or right after the character, and place/organisation
/// and ordinary words (`word-classes.tsv`) starting or ending here or next door. Names on both sides
/// of a middle dot are joined.
///
/// It runs after `PersonRecognizer`: its names replace the names of the anchored rules they overlap
/// (on the held-out fifth of the training sentences the model's boundaries were the better ones), and
/// the anchored rules keep the names the model missed. Used only by `Pipeline.tagging` (the `tag` command). Example: in
/// `国务院总理李鹏今天会见了来访的客人。` it finds `李鹏`.
public struct PersonSequenceTagger: PipelineComponent {
    public let name = "person-model"
    public let needs: Set<DocumentLayer> = [.persons]
    public let adds: Set<DocumentLayer> = [.persons]
    let lexicon: Lexicon
    let weights: [String: [Double]]
    let wordClasses: WordClasses

    /// `word-classes.tsv`: place/organisation/brand words (N) and ordinary words (W), each with
    /// floor(log10 freq).
    struct WordClasses: Sendable {
        var named: [String: Int] = [:]
        var words: [String: Int] = [:]

        static func load(_ url: URL) throws -> WordClasses {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw NewsGraphError(.unreadable, file: url.path, "word classes missing or not UTF-8")
            }
            var out = WordClasses()
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let cols = line.split(separator: "\t")
                guard cols.count >= 3, let freq = Double(cols[2]) else { continue }
                let bucket = Int(log10(freq).rounded(.down))
                if cols[1] == "N" { out.named[String(cols[0])] = bucket } else { out.words[String(cols[0])] = bucket }
            }
            return out
        }
    }

    static let tags: [Character] = ["B", "M", "E", "S", "O"]
    /// Allowed successors of each tag (index into `tags`); index 5 is the sentence start.
    static let allowed: [[Bool]] = [
        [false, true, true, false, false],   // B → M E
        [false, true, true, false, false],   // M → M E
        [true, false, false, true, true],    // E → B S O
        [true, false, false, true, true],    // S → B S O
        [true, false, false, true, true],    // O → B S O
        [true, false, false, true, true],    // ^ → B S O
    ]
    static let transitionRows = ["T:B", "T:M", "T:E", "T:S", "T:O", "T:^"]
    static let dots: Set<Unicode.Scalar> = ["·", "•", "・"]
    static let spaces: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n", "\u{3000}", "\u{A0}"]

    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        weights = try Self.loadWeights(lexicon.directory.appendingPathComponent("name-tagger.tsv"))
        wordClasses = try WordClasses.load(lexicon.directory.appendingPathComponent("word-classes.tsv"))
    }

    static func loadWeights(_ url: URL) throws -> [String: [Double]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw NewsGraphError(.unreadable, file: url.path, "name tagger weights missing or not UTF-8")
        }
        var out: [String: [Double]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 6 else { continue }
            out[String(cols[0])] = cols[1...].map { Double($0) ?? 0 }
        }
        return out
    }

    public func process(_ document: inout Document) throws {
        var articles = document.articles
        for k in articles.indices {
            let t = articles[k].text
            // The model's names win over overlapping names of the anchored rules (张玉|来, 罗伯|特·马尔登).
            var spans: [Span] = []
            var start = 0
            while start < t.count {
                var end = start
                while end < t.count && t[end] != "\n" { end += 1 }
                spans += names(in: Array(t.scalars[start..<end])).map { Span(start + $0.start, start + $0.end) }
                start = end + 1
            }
            // ... unless a verb of two or more characters follows the anchored name (韩俊|主持, not 韩俊主|持).
            articles[k].mentions.removeAll { m in
                m.kind == .person && spans.contains { $0.overlaps(m.span) }
                    && (BoundaryWords.afterNameTrie.longestMatch(in: t, at: m.span.end) ?? m.span.end) - m.span.end < 2
            }
            let existing = articles[k].mentions(of: .person)
            var added: [Mention] = []
            for span in spans where !existing.contains(where: { $0.span.overlaps(span) }) {
                added.append(Mention(kind: .person, span: span, text: t.string(span), rule: "person.model"))
            }
            articles[k].mentions.append(contentsOf: added)
            articles[k].mentions.sort { $0.span < $1.span }
        }
        document.articles = articles
        document.layers.insert(.persons)
    }

    /// The name spans of one sentence, as offsets into `chars`.
    public func names(in chars: [Unicode.Scalar]) -> [Span] {
        let tags = decode(chars)
        var out: [Span] = []
        var begin: Int?
        // Names on both sides of a middle dot are one name (罗伯特|·|马尔登 → 罗伯特·马尔登).
        func append(_ span: Span) {
            if let last = out.last, last.end + 1 == span.start, Self.dots.contains(chars[last.end]) {
                out[out.count - 1] = Span(last.start, span.end)
            } else {
                out.append(span)
            }
        }
        for (i, tag) in tags.enumerated() {
            switch tag {
            case 3: append(Span(i, i + 1))
            case 0: begin = i
            case 2: if let b = begin { append(Span(b, i + 1)); begin = nil }
            default: break
            }
        }
        return out
    }

    /// The best valid tag sequence (indices into `tags`).
    func decode(_ chars: [Unicode.Scalar]) -> [Int] {
        let n = chars.count
        guard n > 0 else { return [] }
        let feats = Self.features(chars, lexicon: lexicon, classes: wordClasses)
        let emit: [[Double]] = feats.map { fs in
            var e = [Double](repeating: 0, count: 5)
            for f in fs { if let w = weights[f] { for t in 0..<5 { e[t] += w[t] } } }
            return e
        }
        let trans: [[Double]] = Self.transitionRows.map { weights[$0] ?? [0, 0, 0, 0, 0] }
        let negative = -1e18
        var score = [[Double]](repeating: [Double](repeating: negative, count: 5), count: n)
        var back = [[Int]](repeating: [Int](repeating: 0, count: 5), count: n)
        for t in 0..<5 where Self.allowed[5][t] { score[0][t] = emit[0][t] + trans[5][t] }
        for i in 1..<n {
            for t in 0..<5 {
                var best = negative, arg = 0
                for p in 0..<5 where Self.allowed[p][t] && score[i - 1][p] > negative {
                    let v = score[i - 1][p] + trans[p][t]
                    if v > best { best = v; arg = p }
                }
                if best > negative { score[i][t] = best + emit[i][t]; back[i][t] = arg }
            }
        }
        var best = negative, arg = 0
        for t in [2, 3, 4] where score[n - 1][t] > best { best = score[n - 1][t]; arg = t }
        var out = [arg]
        for i in stride(from: n - 1, to: 0, by: -1) { out.append(back[i][out.last!]) }
        return out.reversed()
    }

    // MARK: Features (keep identical to scripts/train_name_tagger.py)

    static func charClass(_ u: Unicode.Scalar?) -> String {
        guard let u else { return "X" }
        let v = u.value
        if CharacterClass.isHan(u) { return "H" }
        if (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) { return "D" }
        if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) { return "L" }
        if CharacterClass.isPunctuation(u) { return "P" }
        if spaces.contains(u) { return "W" }
        return "O"
    }

    static func floorInt(_ x: Double) -> Int { Int(x.rounded(.down)) }

    /// The features of every position of a sentence, in the order the training script lists them.
    static func features(_ chars: [Unicode.Scalar], lexicon: Lexicon, classes: WordClasses) -> [[String]] {
        let model = lexicon.names
        let posts = lexicon.postHeads.words
        let postMax = lexicon.postHeads.maxLength
        let n = chars.count
        func c(_ j: Int) -> String {
            if j < 0 { return "<s>" }
            if j >= n { return "</s>" }
            return spaces.contains(chars[j]) ? "<sp>" : String(chars[j])
        }
        func raw(_ j: Int) -> Unicode.Scalar? { j >= 0 && j < n ? chars[j] : nil }
        func str(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(chars[a..<b])) }
        func sur(_ j: Int) -> String? {
            guard let u = raw(j), let lp = model.surnames[String(u)] else { return nil }
            return String(floorInt(-lp))
        }
        func giv(_ j: Int) -> String? {
            guard let u = raw(j), let lp = model.given[u] else { return nil }
            return String(floorInt(-lp))
        }
        func tr(_ j: Int) -> String? {
            guard let u = raw(j), let lp = model.translit[u] else { return nil }
            return String(floorInt(-lp))
        }
        func nameBucket(_ a: Int, _ b: Int) -> String? {
            guard a >= 0, b <= n else { return nil }
            let name = Array(chars[a..<b])
            guard name.allSatisfy(CharacterClass.isHan), model.surnameLength(name) != nil else { return nil }
            return String(max(-6, min(6, floorInt(model.score(name) / 2))))
        }
        func common(_ a: Int, _ b: Int) -> Double? {
            guard a >= 0, b <= n else { return nil }
            return model.commonWords[str(a, b)]
        }
        // Longest N word starting / ending at each position, positions strictly inside one; longest W
        // word starting / ending at each position as (length, bucket).
        var namedStart = [Int](repeating: 0, count: n), namedEnd = [Int](repeating: 0, count: n)
        var namedIn = [Bool](repeating: false, count: n)
        var wordStart = [(Int, Int)?](repeating: nil, count: n), wordEnd = [(Int, Int)?](repeating: nil, count: n)
        for a in 0..<n {
            for L in stride(from: min(6, n - a), through: 2, by: -1) where classes.named[str(a, a + L)] != nil {
                namedStart[a] = L; break
            }
            for L in stride(from: min(6, a + 1), through: 2, by: -1) where classes.named[str(a + 1 - L, a + 1)] != nil {
                namedEnd[a] = L; break
            }
            if namedStart[a] > 2 { for j in (a + 1)..<(a + namedStart[a] - 1) { namedIn[j] = true } }
            for L in stride(from: min(4, n - a), through: 2, by: -1) {
                if let v = classes.words[str(a, a + L)] { wordStart[a] = (L, v); break }
            }
            for L in stride(from: min(4, a + 1), through: 2, by: -1) {
                if let v = classes.words[str(a + 1 - L, a + 1)] { wordEnd[a] = (L, v); break }
            }
        }
        var out: [[String]] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            var f = ["b"]
            for k in -2...2 { f.append("c\(k)=\(c(i + k))") }
            for k in -2...1 { f.append("b\(k)=\(c(i + k))|\(c(i + k + 1))") }
            for k in -1...1 { f.append("k\(k)=\(charClass(raw(i + k)))") }
            let s = [-2: sur(i - 2), -1: sur(i - 1), 0: sur(i), 1: sur(i + 1)]
            for k in -2...1 { if let v = s[k]! { f.append("s\(k)=\(v)") } }
            if i + 2 <= n, model.surnames[str(i, i + 2)] != nil { f.append("ss=1") }
            let g = [-1: giv(i - 1), 0: giv(i), 1: giv(i + 1), 2: giv(i + 2)]
            for k in -1...2 { if let v = g[k]! { f.append("g\(k)=\(v)") } }
            if CharacterClass.isHan(chars[i]) {
                f.append("f0=\(floorInt(-(model.background[chars[i]] ?? model.unseenBackground)))")
            }
            let t = [-1: tr(i - 1), 0: tr(i), 1: tr(i + 1)]
            for k in -1...1 { if let v = t[k]! { f.append("t\(k)=\(v)") } }
            for (key, a, b) in [("n2", i, i + 2), ("n3", i, i + 3), ("e2", i - 1, i + 1), ("e3", i - 2, i + 1), ("m3", i - 1, i + 2)] {
                if let v = nameBucket(a, b) { f.append("\(key)=\(v)") }
            }
            for (key, spans) in [("ws", [(i, i + 3), (i, i + 2)]), ("we", [(i - 2, i + 1), (i - 1, i + 1)])] {
                for (a, b) in spans {
                    if let v = common(a, b) { f.append("\(key)=\(b - a):\(floorInt(v))"); break }
                }
            }
            if postMax > 0 {
                if (1...postMax).contains(where: { i - $0 >= 0 && posts.contains(str(i - $0, i)) }) { f.append("pe=1") }
                if (1...postMax).contains(where: { i + $0 <= n && posts.contains(str(i, i + $0)) }) { f.append("pb=1") }
                if (1...postMax).contains(where: { i + 1 + $0 <= n && posts.contains(str(i + 1, i + 1 + $0)) }) { f.append("pa=1") }
            }
            if namedStart[i] > 0 { f.append("ls=\(namedStart[i])") }
            if namedEnd[i] > 0 { f.append("le=\(namedEnd[i])") }
            if namedIn[i] { f.append("li=1") }
            if let v = wordStart[i] { f.append("vs=\(v.0):\(v.1)") }
            if let v = wordEnd[i] { f.append("ve=\(v.0):\(v.1)") }
            let va = i + 1 < n ? (wordStart[i + 1]?.0 ?? 0) : 0
            let vb = i >= 1 ? (wordEnd[i - 1]?.0 ?? 0) : 0
            if va > 0 { f.append("va=\(va)") }
            if vb > 0 { f.append("vb=\(vb)") }
            if let s0 = s[0]! {
                f.append("c-1s0=\(c(i - 1))|\(s0)")
                f.append("s0va=\(s0)|\(va)")
            }
            if let g0 = g[0]! { f.append("g0va=\(g0)|\(va)") }
            func x(_ v: String?) -> String { v ?? "x" }
            f.append("s0g1=\(x(s[0]!))|\(x(g[1]!))")
            f.append("s-1g0=\(x(s[-1]!))|\(x(g[0]!))")
            f.append("s-2g-1g0=\(x(s[-2]!))|\(x(g[-1]!))|\(x(g[0]!))")
            f.append("t-1t0t1=\(x(t[-1]!))|\(x(t[0]!))|\(x(t[1]!))")
            out.append(f)
        }
        return out
    }
}

import NewsGraphModel

/// Finds people's names and the posts printed with them.
///
/// Names are found where the grammar of a report puts them, and their boundaries are decided by
/// the statistical name model (`NameModel`) together with the word that follows:
/// - `person.title`: after a post or a chain of posts (`省委副书记、省长韩俊`), and the names
///   listed after it (`副主任王绍俭、张焕秋`), which share the post;
/// - `person.list`: lists before an attendance verb (`吴靖平、安立佳…参加会议`);
/// - `person.speech`: a clause-initial name before a verb of speech or action (`韩俊强调`);
/// - `person.leader`: a name before an honorific post (`习近平总书记`);
/// - `person.byline`: datelines, editor lines, photo credits and page titles;
/// - `person.signature`: the speaker named under a speech or report printed in full;
/// - `person.known`: further occurrences of a name found by the rules above anywhere on the page.
/// It also records `holds_post` (person → post, with the post's organisation) and
/// `affiliated_with` (person → organisation printed right before the name or post).
public struct PersonRecognizer: PipelineComponent {
    public let name = "persons"
    public let needs: Set<DocumentLayer> = [.titles, .organizations, .places]
    public let adds: Set<DocumentLayer> = [.persons]
    let lexicon: Lexicon
    /// The least name-model score an unanchored name needs (`person.scan`); nil turns the open
    /// scan off. Plain sentences (the `tag` command) have few anchors, so they scan; the threshold
    /// is set on the half of the People's Daily sentences the model tables were derived from.
    let scanThreshold: Double?

    public init(lexicon: Lexicon, scanThreshold: Double? = nil) {
        self.lexicon = lexicon
        self.scanThreshold = scanThreshold
    }

    static let attendanceTriggers: [String] = GrammarWords.list("attendance-triggers.txt")
    static let speechVerbs: [String] = GrammarWords.list("speech-verbs.txt")
    static let leaderHonorifics: [String] = GrammarWords.list("leader-honorifics.txt")
    /// Words that look like names by their characters but are pronouns or common words.
    static let nonNames: Set<String> = GrammarWords.set("non-names.txt")
    /// Words that introduce names without being posts (`省领导李伟、李国强`).
    static let anchorWords: [String] = GrammarWords.list("person-anchor-words.txt")
    /// Nouns after `等` that make the list before it a list of people (`张志军、王润等代表`).
    static let listNouns: [String] = GrammarWords.list("person-list-nouns.txt")

    public func process(_ document: inout Document) throws {
        var articles = document.articles
        var known: [String: Int] = [:]
        for k in articles.indices {
            var (mentions, relations) = anchored(articles[k])
            if let threshold = scanThreshold {
                var probe = articles[k]
                probe.mentions.append(contentsOf: mentions)
                mentions.append(contentsOf: scan(probe, threshold: threshold))
            }
            articles[k].mentions.append(contentsOf: mentions)
            articles[k].relations.append(contentsOf: relations)
            for m in mentions { known[m.name, default: 0] += 1 }
        }
        let names = WordTrie(Array(known.keys))
        for k in articles.indices {
            let found = propagate(articles[k], known: names)
            articles[k].mentions.append(contentsOf: found)
            articles[k].relations.append(contentsOf: postsBefore(found, in: articles[k]))
            articles[k].mentions.sort { $0.span < $1.span }
        }
        document.articles = articles
        document.layers.insert(.persons)
    }

    // MARK: Name boundaries

    /// Conjunctions and prepositions that are surnames too rarely to open a name (代表|和特邀代表, 会议|由林武同志主持).
    static let functionInitials: Set<Unicode.Scalar> = GrammarWords.characters("function-initials.txt")

    func isName(_ s: [Unicode.Scalar]) -> Bool {
        if let first = s.first, Self.functionInitials.contains(first) { return false }
        let str = String(String.UnicodeScalarView(s))
        // A frequent ordinary word (任职, 王国) is not taken for a name.
        if let common = lexicon.names.commonWord(str), common >= 3 { return false }
        return !Self.nonNames.contains(str) && lexicon.places.words.contains(str) == false
            && lexicon.orgNames.words.contains(str) == false && lexicon.postHeads.words.contains(str) == false
    }

    /// The best name starting at `start`, judged by the name model and the word after it.
    func bestName(_ t: ScalarText, at start: Int, article: Article, threshold: Double = 1.0) -> Span? {
        var best: (Span, Double)?
        for n in [2, 3] where start + n <= t.count {
            let chars = Array(t.scalars[start..<(start + n)])
            guard chars.allSatisfy(CharacterClass.isHan), isName(chars) else { continue }
            let span = Span(start, start + n)
            if article.overlapsMention(span, kinds: [.organization, .place, .title, .date, .meeting]) { continue }
            if chars[0] == chars[1] { continue }
            var score = lexicon.names.score(chars)
            score += BoundaryWords.afterNameWord(at: start + n, in: t) ? 4 : -4
            if n == 3 { score += 1 }
            // 某某执行总裁李某程，: three characters closed by a list mark against two that run on into a
            // character that follows no name.
            if n == 3, start + 3 < t.count, "，、；。,".unicodeScalars.contains(t[start + 3]), !BoundaryWords.afterNameWord(at: start + 2, in: t) { score += 12 }
            if score >= threshold, best == nil || score > best!.1 { best = (span, score) }
        }
        return best?.0
    }

    /// The name printed right after a post: a Chinese name by the name model, or a transliterated one
    /// when it is longer and joined by a middle dot (弗朗西斯科·弗朗加利, not 弗朗西) or when only it ends
    /// where a word that follows names begins.
    func nameAfterPost(_ t: ScalarText, at p: Int, article: Article) -> Span? {
        let han = bestName(t, at: p, article: article, threshold: 0.5)
        guard let foreign = foreignName(t, at: p, article: article) else { return han }
        guard let han else { return foreign }
        func endsWord(_ k: Int) -> Bool { k >= t.count || CharacterClass.isPunctuation(t[k]) || BoundaryWords.afterNameWord(at: k, in: t) }
        if foreign.length > han.length && t.string(foreign).contains("·") { return foreign }
        if !endsWord(han.end) && foreign.end != han.end && endsWord(foreign.end) { return foreign }
        return han
    }

    /// A transliterated name starting at `start` (`科尔`, `弗朗西斯科·弗朗加利`): characters typical of
    /// transliteration, parts joined by a middle dot, ending where a word that follows names begins.
    func foreignName(_ t: ScalarText, at start: Int, article: Article) -> Span? {
        guard start < t.count, !Self.functionInitials.contains(t[start]) else { return nil }
        var e = start
        var part = 0
        while e < t.count {
            // A word that follows names ends it (弗朗加利|出席).
            if part >= 2 && BoundaryWords.afterNameWord(at: e, in: t) { break }
            if CharacterClass.isHan(t[e]) && (lexicon.names.translit[t[e]] ?? -50) > -9 && part < 8 {
                e += 1
                part += 1
            } else if t[e] == "·" && part >= 2 && e + 1 < t.count && CharacterClass.isHan(t[e + 1]) {
                e += 1
                part = 0
            } else {
                break
            }
        }
        // Where the run ends inside Chinese text that could continue it, back off to the longest prefix
        // that ends before a word that follows a name.
        func ends(_ k: Int) -> Bool {
            k >= t.count || !CharacterClass.isHan(t[k]) || BoundaryWords.afterNameWord(at: k, in: t) || (lexicon.names.translit[t[k]] ?? -50) <= -9
                || k + 2 <= t.count && (lexicon.names.commonWord(t.string(k, k + 2)) ?? 0) >= 3
        }
        while e - start >= 2 && !ends(e) { e -= 1 }
        let span = Span(start, e)
        guard span.length >= 2, t[e - 1] != "·" else { return nil }
        let letters = Array(t.scalars[start..<e]).filter { $0 != "·" }
        guard lexicon.names.translitScore(letters) / Double(letters.count) > 0.5, lexicon.names.commonWord(t.string(span)) == nil,
              !article.overlapsMention(span, kinds: [.organization, .place, .title, .date, .meeting]) else { return nil }
        return span
    }

    /// Whether a whole delimited item (`王子联` between separators) is a name.
    func isListName(_ t: ScalarText, _ span: Span, article: Article) -> Bool {
        guard (2...3).contains(span.length) || (span.length == 4 && lexicon.names.surnameLength(Array(t.scalars[span.start..<span.end])) == 2)
        else { return false }
        let chars = Array(t.scalars[span.start..<span.end])
        guard chars.allSatisfy(CharacterClass.isHan), isName(chars), chars[0] != chars[1] else { return false }
        if article.overlapsMention(span, kinds: [.organization, .place, .title, .date, .meeting]) { return false }
        if let last = chars.last, lexicon.placeSuffixes.contains(String(last)) && chars.count >= 3 { return false }
        return lexicon.names.score(chars) > -1
    }

    // MARK: Anchored rules

    func anchored(_ article: Article) -> ([Mention], [Relation]) {
        let t = article.text
        var persons: [Mention] = []
        var relations: [Relation] = []
        func add(_ span: Span, rule: String, titles: [Mention] = [], affiliation: Mention? = nil) {
            guard !persons.contains(where: { $0.span.overlaps(span) }) else { return }
            let name = t.string(span)
            persons.append(Mention(kind: .person, span: span, text: name, rule: rule))
            relations.append(contentsOf: Self.postRelations(of: name, at: span, titles: titles, affiliation: affiliation, rule: rule))
        }

        // Bylines first: they are certain.
        if let dl = article.dateline {
            for reporter in dl.reporters {
                for o in t.occurrences(of: reporter, in: dl.span) {
                    add(Span(o, o + reporter.unicodeScalars.count), rule: "person.byline",
                        titles: titleMentions(article, endingAt: o, in: dl.span, fallback: "记者"))
                }
            }
        }
        for (span, role) in creditNames(article) { add(span, rule: "person.byline", titles: role.map { [$0] } ?? []) }

        // Title chains followed by a name, and the list that continues it.
        for title in article.mentions(of: .title) {
            let p = title.span.end
            // 四级书记赛牛: a post by its rank is a kind of office, not one person's.
            if title.span.start > 0 && t[title.span.start - 1] == "级" { continue }
            guard p < t.count, let span = fourCharacterName(t, at: p, after: title, article: article) ?? nameAfterPost(t, at: p, article: article) else { continue }
            let chain = titleChain(article, endingAt: p)
            let affiliation = affiliationBefore(article, chainStart: chain.first?.span.start ?? p, titles: chain)
            add(span, rule: "person.title", titles: chain, affiliation: affiliation)
            // 副主任王绍俭、张焕秋、贺东平 … share the post.
            var q = span.end
            while q < t.count, t[q] == "、" {
                var e = q + 1
                while e < t.count && CharacterClass.isHan(t[e]) && e - q <= 5 { e += 1 }
                var item = Span(q + 1, e)
                if item.length > 3, t.string(item).hasSuffix("等") { item = Span(item.start, item.end - 1) }
                // The last name runs on into the verb of the sentence: 副主任甲、乙出席会议.
                if !isListName(t, item, article: article) || !(e >= t.count || !CharacterClass.isHan(t[e]) || t[e - 1] == "等"),
                   let last = [3, 2].lazy.map({ Span(q + 1, q + 1 + $0) }).first(where: { n in
                       n.end <= t.count && BoundaryWords.afterNameWord(at: n.end, in: t) && self.isListName(t, n, article: article) }) {
                    item = last
                    add(item, rule: "person.title", titles: chain)
                    break
                }
                guard isListName(t, item, article: article) || isSandwichedName(t, item, article: article),
                      e >= t.count || !CharacterClass.isHan(t[e]) || t[e - 1] == "等" else { break }
                add(item, rule: "person.title", titles: chain)
                q = item.end
            }
        }

        for span in namesAfterChangeVerbs(article) { add(span, rule: "person.post-change") }

        // Attendance lists.
        for trigger in Self.attendanceTriggers {
            for o in t.occurrences(of: trigger) {
                var clauseStart = o
                while clauseStart > 0 && !"。；：\n！？".unicodeScalars.contains(t[clauseStart - 1]) { clauseStart -= 1 }
                var items: [Span] = []
                var e = o
                if e > clauseStart && t[e - 1] == "等" { e -= 1 }
                var s = e
                while s > clauseStart {
                    let c = t[s - 1]
                    if c == "、" || c == "，" || c == "," {
                        items.insert(Span(s, e), at: 0)
                        e = s - 1
                        s = e
                        continue
                    }
                    s -= 1
                }
                items.insert(Span(clauseStart, e), at: 0)
                // Bare names at the end of each item (after any posts or other words).
                for item in items.reversed() {
                    guard item.length >= 2 else { break }
                    if isListName(t, item, article: article) {
                        add(item, rule: "person.list", titles: titleChain(article, endingAt: item.start))
                    } else if article.mention(endingAt: item.end, kinds: [.title]) != nil || item.length > 12 {
                        continue
                    } else {
                        break
                    }
                }
            }
        }

        // Clause-initial names before a verb.
        for verb in Self.speechVerbs {
            for o in t.occurrences(of: verb) {
                var best: (Span, Double)?
                for n in [3, 2] where o - n >= 0 {
                    let span = Span(o - n, o)
                    let before = span.start > 0 ? t[span.start - 1] : "\n"
                    let atBoundary = before == "\n" || CharacterClass.isPunctuation(before)
                        || article.mentions.contains { ($0.kind == .organization || $0.kind == .title) && $0.span.end == span.start }
                    guard atBoundary, isListName(t, span, article: article) else { continue }
                    let chars = Array(t.scalars[span.start..<span.end])
                    var score = lexicon.names.score(chars)
                    // 韩俊来到: a third character that starts a verb belongs to the verb.
                    if n == 3 && BoundaryWords.afterNameWord(at: span.start + 2, in: t) { score -= 6 }
                    if score > 2, best == nil || score > best!.1 { best = (span, score) }
                }
                if let (span, _) = best { add(span, rule: "person.speech") }
            }
        }

        // Names introduced by 省领导 and lists closed by 等代表.
        for word in Self.anchorWords {
            for o in t.occurrences(of: word) {
                var q = o + word.unicodeScalars.count
                var first = true
                while q < t.count {
                    let start = first ? q : q + 1
                    guard first || t[q] == "、" else { break }
                    var e = start
                    while e < t.count && CharacterClass.isHan(t[e]) && e - start < 4 && !(e > start + 1 && BoundaryWords.afterNameWord(at: e, in: t)) { e += 1 }
                    let item = Span(start, e)
                    guard isListName(t, item, article: article) else { break }
                    add(item, rule: "person.list")
                    q = e
                    first = false
                }
            }
        }
        // 徐洪才、段燕文…方明等海归人才: a list closed by 等 and a noun phrase ending in a person noun.
        var closers: [(Int, String)] = []
        for o in t.occurrences(of: "等") {
            for length in 2...6 where o + 1 + length <= t.count {
                let phrase = t.string(o + 1, o + 1 + length)
                guard !phrase.contains(where: { !$0.isLetter }) else { break }
                if let noun = Self.listNouns.first(where: { phrase.hasSuffix($0) }), !phrase.hasPrefix(noun) || phrase == noun {
                    closers.append((o, noun))
                    break
                }
            }
        }
        for noun in Self.listNouns {
            for o in t.occurrences(of: "等" + noun) where !closers.contains(where: { $0.0 == o }) { closers.append((o, noun)) }
        }
        for (o, noun) in closers.sorted(by: { $0.0 < $1.0 }) {
            do {
                var clauseStart = o
                while clauseStart > 0 && !"。；：，\n！？".unicodeScalars.contains(t[clauseStart - 1]) { clauseStart -= 1 }
                let items = t.string(clauseStart, o).split(separator: "、", omittingEmptySubsequences: false)
                var offset = clauseStart
                var spans: [Span] = []
                for item in items {
                    let n = item.unicodeScalars.count
                    spans.append(Span(offset, offset + n))
                    offset += n + 1
                }
                // The first item may carry words before the name (在认真听取张志军): keep its last 2–3 characters.
                if let first = spans.first, first.length > 3 {
                    let candidates = [Span(first.end - 3, first.end), Span(first.end - 2, first.end)]
                    if let c = candidates.first(where: { isListName(t, $0, article: article) && lexicon.names.score(Array(t.scalars[$0.start..<$0.end])) > 2 }) {
                        spans[0] = c
                    }
                }
                guard spans.count >= 1, spans.allSatisfy({ isListName(t, $0, article: article) }) else { continue }
                let direct = t.hasPrefix(noun, at: o + 1)
                let title = direct && lexicon.postHeads.contains(noun) && !lexicon.roleHeads.contains(noun) ? [Mention(kind: .title, span: Span(o + 1, o + 1 + noun.unicodeScalars.count), text: noun, rule: "title.list")] : []
                for s in spans { add(s, rule: "person.list", titles: title) }
            }
        }

        // Photographers at the end of a caption: …重要嘉宾。邹乃硕 摄
        for o in t.occurrences(of: "摄") where o + 1 >= t.count || "\n）)".unicodeScalars.contains(t[o + 1]) {
            var e = o
            while e > 0 && t[e - 1] == " " { e -= 1 }
            var s = e
            while s > 0 && CharacterClass.isHan(t[s - 1]) && e - s < 3 { s -= 1 }
            let span = Span(s, e)
            let before: Unicode.Scalar = s > 0 ? t[s - 1] : "\n"
            if span.length >= 2, before == "\n" || before == " " || CharacterClass.isPunctuation(before),
               isListName(t, span, article: article) {
                add(span, rule: "person.byline")
            }
        }

        // A reporter credited in brackets at the end of a paragraph: …参加会见。(记者 黄鹭) or …。（黄鹭）
        for (span, title) in closingCredits(article) { add(span, rule: "person.byline", titles: title.map { [$0] } ?? []) }

        // The speaker of a speech or report printed in full, named on a line of its own under the
        // occasion and date: ——在…会议上 / （2023年1月14日） / 江泽林.
        if let span = article.signatureLine, isListName(t, span, article: article) { add(span, rule: "person.signature") }

        // Leaders named before an honorific: 习近平总书记.
        for honorific in Self.leaderHonorifics {
            for o in t.occurrences(of: honorific) {
                var best: (Span, Double)?
                for n in [2, 3] where o - n >= 0 {
                    let span = Span(o - n, o)
                    let chars = Array(t.scalars[span.start..<span.end])
                    guard chars.allSatisfy(CharacterClass.isHan), isName(chars),
                          !article.overlapsMention(span, kinds: [.organization, .place, .title]) else { continue }
                    let score = lexicon.names.score(chars) + (n == 3 ? 1 : 0)
                    // 同志 follows many words; the posts of top leaders only follow names.
                    let threshold = honorific == "同志" ? 2.0 : -3.0
                    if score > threshold, best == nil || score > best!.1 { best = (span, score) }
                }
                if let (span, _) = best {
                    let title = article.mention(startingAt: o, kinds: [.title])
                    add(span, rule: "person.leader", titles: title.map { [$0] } ?? [])
                }
            }
        }
        return (persons, relations)
    }

    /// The holds_post relations of a name printed after `titles`, and its affiliated_with relation
    /// to `affiliation`, each with the evidence from the post or body to the name.
    static func postRelations(of name: String, at span: Span, titles: [Mention], affiliation: Mention?, rule: String) -> [Relation] {
        let person = EntityRef(.person, name)
        // A role alone (委员甲) anchors the name but is no post (`title.role`).
        var out = titles.filter { $0.rule != "title.role" }.map { title in
            Relation(kind: .holdsPost, subject: person, object: EntityRef(.post, title.name),
                     evidence: Span(min(title.span.start, span.start), max(title.span.end, span.end)), rule: rule, detail: title.value)
        }
        if let affiliation {
            out.append(Relation(kind: .affiliatedWith, subject: person, object: EntityRef(.organization, affiliation.name),
                                evidence: Span(min(affiliation.span.start, span.start), max(affiliation.span.end, span.end)), rule: rule))
        }
        return out
    }

    // MARK: Open scan

    // MARK: Propagation

}

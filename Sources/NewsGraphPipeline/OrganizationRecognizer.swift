import NewsGraphModel

/// Finds organisations: fixed names and abbreviations (`省委`, `国务院`), names made by the
/// suffix grammar (`长春桃李食品有限公司`, `省社会保险局`), sub-units printed after their parent
/// (`一汽集团人力资源部`), and coordinated ellipsis (`会同财政、发改、税务部门`).
///
/// Rules recorded: `org.lexicon`, `org.suffix`, `org.subunit` (a unit of the organisation before
/// it), `org.ellipsis` (generic bodies such as `税务部门`), `org.distributed`, `org.china-arm`
/// (`奥迪中国` before a post).
public struct OrganizationRecognizer: ArticleComponent {
    public let name = "organizations"
    public let needs: Set<DocumentLayer> = [.places]
    public let adds: Set<DocumentLayer> = [.organizations]
    let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Words for the paper's own region before its rank (`我`省), `own-region-marks.txt`.
    static let ownRegionMarks: Set<Unicode.Scalar> = GrammarWords.characters("own-region-marks.txt")
    /// Prefixes that let a one-character suffix (`厅`, `局`, `部`) make an organisation.
    static let adminPrefixes: [String] = GrammarWords.list("org-admin-prefixes.txt")
    static let oneCharSuffixes: Set<String> = GrammarWords.set("org-one-char-suffixes.txt")
    /// One-character suffixes that start a word with the next character (`部署`, `局面`): not a suffix there.
    static let suffixWords: Set<String> = GrammarWords.set("org-suffix-words.txt")
    /// Two-character words ending in a one-character suffix that are not bodies (`地处`, `全局`, `干部`):
    /// a name never ends in one (`吉林省地处`, `吉林发展全局`, `经开区干部`).
    static let nonBodyEndings: Set<String> = GrammarWords.set("org-non-body-endings.txt")
    /// Words opening with 代表 as a noun inside a body's name (`代表选举`, `代表资格`), `org-deputy-compounds.txt`.
    static let deputyCompounds: [String] = GrammarWords.list("org-deputy-compounds.txt")
    /// Words after a suffix that make it a modifier: `政府|工作报告` is a report, not a body.
    static let modifiedHeads: [String] = GrammarWords.list("org-modified-heads.txt")
    /// Stems too general to name a body (`乡村学校`, `地方政府`).
    static let genericStems: Set<String> = GrammarWords.set("org-generic-stems.txt")
    /// Words that end in a suffix character but are not bodies.
    static let nonOrganizations: Set<String> = GrammarWords.set("non-organizations.txt")

    /// Annotates the articles, then records the full names of the abbreviations they use.
    public func process(_ document: inout Document) throws {
        document.articles = try document.articles.map { try annotate($0, in: document) }
        for article in document.articles {
            for m in article.mentions where m.kind == .organization {
                if let full = lexicon.orgFullNames[m.name] { document.fullNames[m.name] = full }
            }
        }
        document.layers.formUnion(adds)
    }

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var found: [Mention] = []
        func free(_ span: Span) -> Bool { !found.contains { $0.span.overlaps(span) } }

        // 1. Fixed names, longest first at each position.
        var i = 0
        while i < t.count {
            let fixed = lexicon.orgNames.longestMatch(in: t, at: i)
            // A two-character name whose first character ends a common word with the one before it is
            // inside that word: 人民|革命党 holds no 民革.
            if let end = fixed, end - i == 2, i > 0, Self.ordinaryPairs.contains(t.string(i - 1, i + 1)) {
                i += 1
                continue
            }
            // A name whose last character starts a word with the next one is that word: 民政部|门 is
            // 民政部门 (civil affairs departments), not the ministry.
            if let end = fixed, !(end < t.count && Self.suffixWords.contains(t.string(end - 1, end + 1))) {
                var s = i
                // A term printed before it: 十一届省委.
                if s >= 3, t[s - 1] == "届", ChineseNumber.isNumeral(t[s - 2]) {
                    var k = s - 2
                    while k > 0 && ChineseNumber.isNumeral(t[k - 1]) { k -= 1 }
                    s = k
                }
                let extended = extendRight(t, from: end)
                found.append(Mention(kind: .organization, span: Span(s, extended), text: t.string(s, extended), rule: "org.lexicon"))
                i = extended
                continue
            }
            i += 1
        }
        // 2. Suffix grammar: every candidate, then the longest ones that do not overlap.
        var candidates: [Span] = []
        for e in 0..<t.count where CharacterClass.isHan(t[e]) {
            for suffixEnd in lexicon.orgSuffixes.matches(in: t, startingAt: e) {
                let suffix = t.string(e, suffixEnd)
                if suffix.unicodeScalars.count == 1 && !Self.oneCharSuffixes.contains(suffix) { continue }
                if Self.oneCharSuffixes.contains(suffix), suffixEnd < t.count, Self.suffixWords.contains(t.string(e, suffixEnd + 1)) { continue }
                if Self.oneCharSuffixes.contains(suffix), e > 0, Self.nonBodyEndings.contains(t.string(e - 1, suffixEnd)) { continue }
                // A post is no stem of a body: 德国总理|科尔, not 德国总理科.
                // Nor a post and the first characters of a name: 某县知事|阿部某某, not 某县知事阿部.
                if Self.oneCharSuffixes.contains(suffix), (max(0, e - 2)...e).contains(where: { p in
                    p >= 2 && lexicon.postHeads.longestMatch(in: t, endingAt: p, floor: max(0, p - 6)) != nil }) { continue }
                if Self.modifiedHeads.contains(where: { t.hasPrefix($0, at: suffixEnd) }) { continue }
                // A suffix of two or more characters that begins a post ends no body: 某某总队|副总队长.
                if suffixEnd - e >= 2, let post = lexicon.postHeads.longestMatch(in: t, at: e), post > suffixEnd { continue }
                guard let s = leftEdge(t, suffixStart: e, suffix: suffix, article: article) else { continue }
                let span = Span(s, suffixEnd)
                let text = t.string(span)
                if Self.nonOrganizations.contains(text) || text.hasSuffix("会议") { continue }
                // 省委常委 is a post, not a body: a post head of two or more characters ends the candidate
                // (looked up in the heads' trie backwards from its end, not by testing every head).
                if lexicon.postHeads.matches(in: t, endingAt: suffixEnd, floor: s).contains(where: { suffixEnd - $0 >= 2 }) { continue }
                candidates.append(span)
            }
        }
        // 中国农业大学|校长, not 中国农业大学校|长: a candidate whose last character starts a post gives way
        // to the shorter candidate from the same start.
        candidates = candidates.filter { span in
            guard span.end < t.count, lexicon.postHeads.words.contains(t.string(span.end - 1, span.end + 1)) else { return true }
            return !candidates.contains { $0.start == span.start && $0.end == span.end - 1 }
        }
        // A unit printed after its parent (省社会保险局失业保险处) is the parent plus a sub-unit:
        // the longer candidate gives way when its suffix is one character and a candidate ends inside it.
        // The parent must end before the unit's longest suffix: 省委办公厅 is one body, not 省委办 + 公厅.
        candidates = candidates.filter { span in
            let suffix = t.string(span.end - 1, span.end)
            let suffixStart = lexicon.orgSuffixes.longestMatch(in: t, endingAt: span.end, floor: span.start) ?? span.end - 1
            return !(Self.oneCharSuffixes.contains(suffix)
                     && candidates.contains { $0.start == span.start && $0.end <= suffixStart && $0.end - $0.start >= 3 })
        }
        for span in candidates.sorted(by: { ($0.length, -$0.start) > ($1.length, -$1.start) }) {
            let inside = found.filter { span.contains($0.span) }
            let crossing = found.contains { $0.span.overlaps(span) && !span.contains($0.span) }
            if crossing { continue }
            // A longer name built on a known one (省委 → 省委政法委) replaces it; two known names stay two.
            if inside.count > 1 || inside.contains(where: { $0.rule == "org.suffix" }) { continue }
            found.removeAll { span.contains($0.span) }
            let end = extendRight(t, from: span.end)
            found.append(Mention(kind: .organization, span: Span(span.start, end), text: t.string(span.start, end), rule: "org.suffix"))
        }
        // A name in brackets after a body is its other name, part of it: 欧美同学会(中国留学人员联谊会).
        let spans = found.map(\.span)
        found.removeAll { m in spans.contains { $0.contains(m.span) && $0 != m.span } }
        found.sort { $0.span < $1.span }
        // A department printed right after its parent: 一汽集团人力资源部, 省社会保险局失业保险处.
        for parent in found {
            let e = parent.span.end
            guard !found.contains(where: { $0.span.start == e }) else { continue }
            var k = e
            while k < t.count && k - e < 8 && CharacterClass.isHan(t[k]) && !BoundaryWords.stopChars.contains(t[k]) {
                k += 1
                if k - e >= 2, let unit = ["部", "处", "科", "室", "办公室", "办公厅", "办", "中心"].first(where: { t.string(e, k).hasSuffix($0) }) {
                    if k < t.count, Self.suffixWords.contains(t.string(k - unit.unicodeScalars.count, k + 1)) { continue }
                    // A post that starts here and runs on is no unit: 某某部|副部长, not 副部.
                    if (e..<k).contains(where: { (lexicon.postHeads.longestMatch(in: t, at: $0) ?? 0) > k }) { break }
                    // A post before a name that begins with a unit's character is no unit: 副主席|科某某,
                    // 部长|室某 (but 书记处 is the secretariat).
                    if unit != "处", lexicon.postHeads.longestMatch(in: t, at: e) == k - unit.unicodeScalars.count { break }
                    // An ordinary two-character word is no unit: 省图书馆|举办, 市商务局|承办, 集团|内部.
                    if k - e == 2, Self.ordinaryPairs.contains(t.string(e, k)) { break }
                    found.append(Mention(kind: .organization, span: Span(e, k), text: t.string(e, k), rule: "org.subunit"))
                    break
                }
            }
        }
        found.sort { $0.span < $1.span }
        // 3. Sub-units: an organisation printed right after another is a unit of it — unless it is a body
        // of its own rank, named by an administrative prefix (省委省政府, 市委市政府).
        // A sub-unit is named with its parent (湖北省委 + 组织部 → 湖北省委组织部): 组织部 alone names no body.
        for k in found.indices.dropFirst() where found[k - 1].span.end == found[k].span.start
            && !Self.adminPrefixes.contains(where: { t.hasPrefix($0, at: found[k].span.start) }) {
            let parent = found[k - 1].rule == "org.subunit" ? found[k - 1].name : found[k - 1].text
            found[k].rule = "org.subunit"
            found[k].name = parent + found[k].text
        }
        // A local committee printed with its national body's name before it (政协|某某省委员会) is one name.
        found = opened(found, in: t)
        // 4. Coordinated ellipsis: 财政、发改、税务部门 → each + 部门.
        found.append(contentsOf: ellipsis(t, existing: found))
        // 5. Distributed names: 宽城区、绿园区、净月区疫情防控指挥部 → each place + 疫情防控指挥部.
        found.append(contentsOf: distributed(t, found: found, article: article))
        // 6. A company's arm in China, named by a post after it: 会见奥迪中国总裁, 大众中国CEO.
        found.append(contentsOf: chinaArms(t, found: found, article: article))
        // 7. A party's committee (民建省委) is one body; venues and collectives of leaders are none.
        found = partyCommittees(t, found: found, article: article).filter { !Self.isNonBody($0.text) && !Self.isGoalOrClass(t, $0.span, places: lexicon.places) }
        var a = article
        a.mentions.append(contentsOf: found.sorted { $0.span < $1.span })
        return a
    }

    /// Extends a name over a bracketed alternative name (`欧美同学会(中国留学人员联谊会)`) or its party
    /// group (`省人大常委会党组`, not before a post: `省人大常委会|党组书记`).
    func extendRight(_ t: ScalarText, from end: Int) -> Int {
        if end < t.count, let close = Self.bracketGroup(t, openingAt: end) { return close }
        for group in ["党组", "党委", "党工委"] where t.hasPrefix(group, at: end) {
            let after = end + group.unicodeScalars.count
            if lexicon.postHeads.longestMatch(in: t, at: after) != nil || lexicon.postHeads.longestMatch(in: t, at: end) != nil { return end }
            return after
        }
        return end
    }

    /// The end (after the closing mark) of a bracket group of Chinese characters opening at `offset`
    /// (`(通化)`, `（中国留学人员联谊会）`), two to 16 characters long.
    static func bracketGroup(_ t: ScalarText, openingAt offset: Int) -> Int? {
        guard offset < t.count, t[offset] == "(" || t[offset] == "（" else { return nil }
        var e = offset + 1
        while e < t.count && e - offset <= 17 && CharacterClass.isHan(t[e]) { e += 1 }
        // One character in brackets is a kind, not a name: 县（市）社保局.
        guard e < t.count, e > offset + 2, t[e] == ")" || t[e] == "）" else { return nil }
        return e + 1
    }

    /// Where an organisation whose suffix starts at `suffixStart` begins, or nil if it is not one.
    func leftEdge(_ t: ScalarText, suffixStart: Int, suffix: String, article: Article) -> Int? {
        var s = suffixStart
        var fallback: Int?
        var bracketed = 0
        while s > 0 && suffixStart - s < 16 + bracketed {
            // A place in brackets inside the name: 东方红(通化)生物医药公司.
            if t[s - 1] == ")" || t[s - 1] == "）", let open = (max(0, s - 10)..<(s - 1)).last(where: { t[$0] == "(" || t[$0] == "（" }),
               open > 0, CharacterClass.isHan(t[open - 1]), Self.bracketGroup(t, openingAt: open) == s,
               startsWithPlace(t, open + 1, article) {
                bracketed += s - open
                s = open
                continue
            }
            let c = t[s - 1]
            // 我省代表团: the paper's own region, printed as 我 + its rank, opens the name.
            if s >= 2, "省市区县州".unicodeScalars.contains(c), Self.ownRegionMarks.contains(t[s - 2]) { s -= 2; break }
            if !(CharacterClass.isHan(c) || CharacterClass.isDigit(c) || CharacterClass.isLatin(c)) { break }
            // 人事代表选举委员会, 代表资格审查委员会: 代表 as a noun inside the name, not the verb (代表省政府).
            if s >= 2, Self.deputyCompounds.contains(where: { t.hasPrefix($0, at: s - 2) }) { s -= 2; continue }
            // 资格审查委员会: a verb right before 委员会 names what the committee does.
            let namesTheWork = s == suffixStart && suffix == "委员会" && s >= 2 && CharacterClass.isHan(t[s - 2])
            if BoundaryWords.leftStop(endingAt: s, in: t, floor: 0) && !namesTheWork {
                // 和 / 与 may sit inside a name (人力资源和社会保障厅): go on, but remember where to fall back.
                if c == "和" || c == "与" { fallback = fallback ?? s; s -= 1; continue }
                // A body named for what it does opens at its administrative prefix after punctuation:
                // 、省推进某某建设领导小组 (the verb is part of the name).
                if let p = verbOpenedName(t, stopEndingAt: s) { s = p }
                break
            }
            if BoundaryWords.stopChars.contains(c) { break }
            // A person or title mention ends here: the organisation starts after it.
            if article.mentions.contains(where: { ($0.kind == .person || $0.kind == .title) && $0.span.end == s }) { break }
            // A known name ends here: 省委省政府 is two bodies.
            if s < suffixStart, lexicon.orgNames.longestMatch(in: t, endingAt: s, floor: max(0, s - 8)) != nil,
               lexicon.orgNames.longestMatch(in: t, at: s) != nil { break }
            s -= 1
        }
        // Where the extension stopped: punctuation or a function word is a firm start; a verb is not.
        let firm = s == 0 || BoundaryWords.stopChars.contains(t[s - 1]) || !CharacterClass.isHan(t[s - 1])
        // A name starts at an administrative prefix (省, 国家…) or at a place.
        func anchoredAt(_ k: Int) -> Bool { Self.adminPrefixes.contains(where: { t.hasPrefix($0, at: k) }) || startsWithPlace(t, k, article) }
        // 和 inside a name falls back to after it unless the name is anchored; and what follows 和 that
        // opens with a place is a body of its own (…部门和|俄罗斯科学院).
        if let f = fallback, !anchoredAt(s) || startsWithPlace(t, f, article) { s = f }
        // Counts are not names (6万人次政协): a stem with digits names no body.
        if (s..<suffixStart).contains(where: { CharacterClass.isDigit(t[$0]) }) { return nil }
        // A stem that does not start at an anchor but holds one starts there: 下一步|吉林省政协, 坚定|人民政协;
        // a province body after a city is the province's: 吉林市|省政协.
        if !anchoredAt(s), let p = (min(s + 1, suffixStart)..<suffixStart).first(where: { !"(（".unicodeScalars.contains(t[$0 - 1]) && startsWithPlace(t, $0, article)
               // (县政府 after 农安 is the end of a county's name, not a body of its own)
               || lexicon.orgNames.longestMatch(in: t, at: $0) != nil && !"市县区州乡镇".unicodeScalars.contains(t[$0]) }) {
            s = p
        }
        if let p = (min(s + 1, suffixStart)..<suffixStart).first(where: { t[$0] == "省" && ["市", "县", "区", "州"].contains(t[$0 - 1]) }) {
            s = p
        }
        // A meeting's name is no stem of a body: 第十四届中国—东北亚博览会|安徽省代表团.
        if let p = (min(s + 1, suffixStart)..<suffixStart).last(where: { lexicon.meetingWords.longestMatch(in: t, endingAt: $0, floor: s) != nil }) {
            s = p
        }
        // A place in brackets does not make a name longer: 东方红(通化)生物医药公司.
        let stemLength = suffixStart - s - bracketed
        let stem = t.string(s, suffixStart)
        if Self.genericStems.contains(stem) || ["县域", "市域", "省域", "区域", "省级", "市级", "县级"].contains(where: { stem.hasPrefix($0) }) { return nil }
        let anchored = anchoredAt(s)
        if Self.oneCharSuffixes.contains(suffix) {
            guard stemLength >= 1, stemLength <= 12, anchored else { return nil }
        } else if lexicon.orgHeads.contains(suffix) {
            return nil
        } else {
            guard stemLength >= 2 || (stemLength >= 1 && suffix.unicodeScalars.count >= 2 && t.hasPrefix("省", at: s)) else { return nil }
            guard anchored || firm && stemLength <= 8 else { return nil }
            // A suffix that is a whole body by itself (省委) takes only a place or a rank before it:
            // 吉林省委, not 决定按程序报省委.
            if !anchored && lexicon.orgNames.words.contains(suffix) { return nil }
            // Two characters before 中心 / 学校 / 政府 name a kind (人才中心, 职业学校, 数字政府), not a body.
            if !anchored && stemLength < 3 && ["中心", "学校", "政府", "公司"].contains(suffix) { return nil }
        }
        return s
    }

    private func startsWithPlace(_ t: ScalarText, _ s: Int, _ article: Article) -> Bool {
        article.mentions.contains { $0.kind == .place && $0.span.start == s } || lexicon.places.longestMatch(in: t, at: s) != nil
    }

    /// `奥迪中国总裁`, `大众中国CEO`: a brand of 2–6 characters, opening after punctuation or a verb that
    /// ends a name (会见), then 中国 and a post: the brand's company in China.
    func chinaArms(_ t: ScalarText, found: [Mention], article: Article) -> [Mention] {
        var out: [Mention] = []
        for o in t.occurrences(of: "中国") where o + 2 < t.count && lexicon.postHeads.longestMatch(in: t, at: o + 2) != nil {
            var s = o
            while s > 0 && o - s < 6 && (CharacterClass.isHan(t[s - 1]) || CharacterClass.isLatin(t[s - 1]))
                    && !BoundaryWords.stopChars.contains(t[s - 1]) && BoundaryWords.afterNameTrie.matches(in: t, endingAt: s, floor: max(0, s - 4)).isEmpty {
                s -= 1
            }
            let opens = s == 0 || !(CharacterClass.isHan(t[s - 1]) || CharacterClass.isLatin(t[s - 1]))
                || !BoundaryWords.afterNameTrie.matches(in: t, endingAt: s, floor: max(0, s - 4)).isEmpty
            let span = Span(s, o + 2)
            guard opens, o - s >= 2, !(found + article.mentions).contains(where: { $0.span.overlaps(Span(s, o)) }) else { continue }
            out.append(Mention(kind: .organization, span: span, text: t.string(span), rule: "org.china-arm"))
        }
        return out
    }

    /// `宽城区、绿园区、净月区疫情防控指挥部`: places listed before an organisation that starts with a place.
    func distributed(_ t: ScalarText, found: [Mention], article: Article) -> [Mention] {
        var out: [Mention] = []
        let places = article.mentions(of: .place)
        for org in found where org.rule == "org.suffix" {
            guard let head = places.first(where: { $0.span.start == org.span.start }) else { continue }
            let rest = t.string(head.span.end, org.span.end)
            guard rest.unicodeScalars.count >= 2 else { continue }
            var p = org.span.start
            while p > 0, t[p - 1] == "、", let q = places.first(where: { $0.span.end == p - 1 }) {
                out.append(Mention(kind: .organization, span: q.span, text: q.text, name: q.text + rest, rule: "org.distributed"))
                p = q.span.start
            }
        }
        return out
    }

    /// `会同财政、发改、税务部门`: the shared head (`部门`) distributes over the listed words.
    func ellipsis(_ t: ScalarText, existing: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for head in lexicon.orgHeads {
            for h in t.occurrences(of: head) {
                // The last conjunct: Han characters right before the head.
                var s = h
                while s > 0 && CharacterClass.isHan(t[s - 1]) && h - s < 4 && !BoundaryWords.stopChars.contains(t[s - 1]) { s -= 1 }
                guard h - s >= 2, s > 0, t[s - 1] == "、" else { continue }
                var conjuncts = [Span(s, h)]
                var k = s - 1
                while k > 0 && t[k] == "、" {
                    var b = k
                    while b > 0 && CharacterClass.isHan(t[b - 1]) && k - b < 4 && !BoundaryWords.stopChars.contains(t[b - 1])
                        && !BoundaryWords.leftStop(endingAt: b, in: t, floor: 0) { b -= 1 }
                    guard k - b >= 2 else { break }
                    conjuncts.insert(Span(b, k), at: 0)
                    k = b - 1
                }
                guard conjuncts.count >= 2 else { continue }
                for (n, c) in conjuncts.enumerated() {
                    let name = t.string(c) + head
                    let span = n == conjuncts.count - 1 ? Span(c.start, h + head.unicodeScalars.count) : c
                    if existing.contains(where: { $0.span.overlaps(span) }) { continue }
                    out.append(Mention(kind: .organization, span: span, text: t.string(span), name: name, rule: "org.ellipsis"))
                }
            }
        }
        return out
    }

    /// The organisations with the name of a national body that opens a local committee's full name
    /// (`org-openers.txt`: 政协, 中国人民政治协商会议, 中共) joined to them: `政协某某省委员会`, not
    /// `某某省委员会`; what lay inside the joined name goes.
    func opened(_ found: [Mention], in t: ScalarText) -> [Mention] {
        var out = found
        for (k, m) in found.enumerated() where m.rule == "org.suffix" && m.text.contains("委员会") {
            guard let s = lexicon.orgOpeners.longestMatch(in: t, endingAt: m.span.start, floor: max(0, m.span.start - 12)) else { continue }
            let span = Span(s, m.span.end)
            out[k] = Mention(kind: .organization, span: span, text: t.string(span), rule: "org.suffix")
        }
        let spans = out.map(\.span)
        return out.filter { m in !spans.contains { $0.contains(m.span) && $0 != m.span } }
    }
}

import NewsGraphModel

extension RelationExtractor {
    /// The people whose reports a meeting heard: in a sentence with `听取`, each person followed
    /// (after the posts printed after the name) by `作的` in a clause that names a `报告` or `说明`.
    /// Example: `会议听取了甲作的关于…的报告，乙作的关于…的说明。` gives 甲 and 乙.
    func reportsHeard(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        guard let heard = t.occurrences(of: "听取", in: sentence).first else { return [] }
        /// Whether what follows `q` is what the one before it made: `作的` / `所作的` (after `受…委托`
        /// or a topic `就…`), then a report or an explanation in the clause.
        func madeFrom(_ q: Int, topic: Bool) -> Bool {
            var q = q
            // 甲受市委常委会委托所作的工作报告
            if t.hasPrefix("受", at: q), let mandate = t.occurrences(of: "委托", in: Span(q, min(sentence.end, q + 24))).first { q = mandate + 2 }
            // 有关负责人就有关人事事项所作的说明
            if topic, t.hasPrefix("就", at: q) {
                var k = q
                while k < sentence.end && k - q <= 30 && !"，,；。".unicodeScalars.contains(t[k]) && !t.hasPrefix("所作的", at: k) { k += 1 }
                q = k
            }
            let opener = ["所作的", "作的"].first { t.hasPrefix($0, at: q) }
            guard let opener else { return false }
            q += opener.unicodeScalars.count
            let clause = t.string(q, Self.clauseEnd(from: q, in: t, sentence: sentence))
            return clause.contains("报告") || clause.contains("说明")
        }
        let persons = article.mentions(of: .person).filter { m in
            guard m.span.start > heard, sentence.contains(m.span) else { return false }
            var q = m.span.end
            while let title = article.mention(startingAt: q, kinds: [.title]) { q = title.span.end }
            return madeFrom(q, topic: false)
        }
        // 听取了某某部、某某部有关负责人就…所作的说明: the bodies whose officers explained.
        var bodies: [Mention] = []
        for m in article.mentions(of: .organization) where m.span.start > heard && sentence.contains(m.span) && Self.isNamedBody(m, in: article) {
            var q = m.span.end
            while q < sentence.end, t[q] == "、", let next = article.mention(startingAt: q + 1, kinds: [.organization]) { q = next.span.end }
            guard let officer = Self.officerWords.first(where: { t.hasPrefix($0, at: q) }) else { continue }
            if madeFrom(q + officer.unicodeScalars.count, topic: true) { bodies.append(m) }
        }
        return (persons + bodies).sorted { $0.span.start < $1.span.start }
    }

    /// Words for a body's officers after its name (`有关负责人`, `负责同志`), `report-officer-words.txt`.
    static let officerWords: [String] = GrammarWords.list("report-officer-words.txt")

    /// The people who spoke in a discussion: the names of the clause right after `在发言中，`
    /// (`在发言中，甲、乙等委员围绕…提出意见建议`).
    func discussionSpeakers(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        guard let lead = t.occurrences(of: "发言中", in: sentence).first else { return [] }
        var start = lead + 3
        while start < sentence.end && "，, ".unicodeScalars.contains(t[start]) { start += 1 }
        let end = Self.clauseEnd(from: start, in: t, sentence: sentence)
        return article.mentions(of: .person).filter { $0.span.start >= start && $0.span.end <= end }
    }

    /// The people who answer the press: the names of a sentence that says they will or did answer
    /// reporters' questions (`…副厅长甲、乙，他们将回答记者提问`).
    func pressAnswerers(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        guard ["回答记者提问", "回答记者的提问", "答记者问"].contains(where: { !t.occurrences(of: $0, in: sentence).isEmpty }) else { return [] }
        return article.mentions(of: .person).filter { sentence.contains($0.span) }
    }

    /// Whether an organisation mention names a body that can act: not a coordinated ellipsis
    /// (财政、发改|部门), and a department only with its parent's name (湖北省委|组织部 is
    /// 湖北省委组织部, which acts for the parent printed before it).
    static func isNamedBody(_ m: Mention, in article: Article) -> Bool {
        if m.rule == "org.ellipsis" { return false }
        if m.rule == "org.subunit" { return m.name != m.text }
        return !article.mentions.contains { $0.kind == .organization && $0.rule == "org.subunit" && $0.span.start == m.span.end && $0.name != $0.text }
    }

    /// The start of the clause that holds `offset`: after the last comma, semicolon, colon or full
    /// stop of the sentence before it.
    static func clauseStart(before offset: Int, in t: ScalarText, sentence: Span) -> Int {
        var start = offset
        while start > sentence.start && !"，,；。：:".unicodeScalars.contains(t[start - 1]) { start -= 1 }
        return start
    }

    /// The people and named bodies printed from `start` to `end` that can be the subject of a
    /// report: not a credited reporter, not a body inside a post (省发展改革委主任甲: 甲 reports) nor
    /// inside a meeting's name. Appended to `out` without repeats.
    static func reporters(from start: Int, to end: Int, in article: Article, into out: inout [Mention]) {
        let who = article.mentions.filter { m in
            (m.kind == .person && m.rule != "person.credit" && m.rule != "person.byline"
                || m.kind == .organization && isNamedBody(m, in: article))
                && m.span.start >= start && m.span.end <= end
                && !article.mentions.contains { $0.kind == .title && $0.span.contains(m.span) && $0.span != m.span }
                && !article.mentions.contains { $0.kind == .meeting && $0.span.contains(m.span) }
        }
        out += who.filter { m in !out.contains { $0.span == m.span } }
    }

    /// Words in a meeting's name that make it a press event (`press-conference-words.txt`).
    static let pressEventWords: [String] = GrammarWords.list("press-conference-words.txt")
    /// Verbs of briefing the press (`press-briefing-verbs.txt`).
    static let pressBriefingVerbs: [String] = GrammarWords.list("press-briefing-verbs.txt")

    /// Whether `meeting` is a press conference or another event held for the press.
    static func isPressEvent(_ meeting: Meeting) -> Bool {
        pressEventWords.contains { meeting.name.contains($0) }
    }

    /// The people and bodies that brief the press in a sentence: the names and bodies of the clause
    /// before a briefing verb (`甲作主发布，乙、丙参与发布`, `会上，某委甲副主任就…情况进行了详细介绍`,
    /// `某委、某厅共同发布…情况`, `这是某市副秘书长甲在…发布会上介绍的`). A body inside a post is the
    /// post's; a body before a name (某委甲副主任) reports with it, as the guide counts both.
    func pressBriefers(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        var out: [Mention] = []
        var o = sentence.start
        while o < sentence.end {
            guard let verb = Self.pressBriefingVerbs.first(where: { t.hasPrefix($0, at: o) }) else { o += 1; continue }
            let end = o + verb.unicodeScalars.count
            defer { o = end }
            // 发布会, 发布人, 新闻发布: nouns, not a briefing.
            if end < t.count, "会人厅".unicodeScalars.contains(t[end]) || o >= 2 && t.string(o - 2, o) == "新闻" { continue }
            // …举行的解读某某规划新闻发布会: after 的 the verb names the event; so it does inside its name.
            if o > sentence.start, t[o - 1] == "的" { continue }
            if article.mentions.contains(where: { $0.kind == .meeting && $0.span.contains(Span(o, end)) })
                || article.meetings.contains(where: { $0.span.contains(Span(o, end)) && $0.rule != "meeting.event" }) { continue }
            Self.reporters(from: Self.clauseStart(before: o, in: t, sentence: sentence), to: o, in: article, into: &out)
        }
        return out
    }

    /// Whether the clause from `start` opens with names (and their posts) that act for a body before
    /// `end`: `甲、乙分别代表某某检查组`, `丙代表省政府`.
    static func actsFor(_ start: Int, before end: Int, in article: Article) -> Bool {
        let t = article.text
        var k = start
        var named = false
        while k < end {
            if let m = article.mentionIndex.starting(at: k, kinds: [.person, .title]).max(by: { $0.span.length < $1.span.length }) {
                named = named || m.kind == .person
                k = m.span.end
                continue
            }
            if t[k] == "、" { k += 1; continue }
            break
        }
        return named && (t.hasPrefix("代表", at: k) || t.hasPrefix("分别代表", at: k))
    }

    /// Verbs of laying a motion or a report before a session (`submission-verbs.txt`).
    static let submissionVerbs: [String] = GrammarWords.list("submission-verbs.txt")

    /// The bodies and people that laid a motion or a report before the meeting: the subject of the
    /// clause before `提交了` / `分别提交` when the clause goes on to name a `议案`, a `报告` or `意见`
    /// (`省政府提交了关于提请审议…的议案`, `某委、某委分别提交相关审议意见报告`).
    func submissions(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        var out: [Mention] = []
        var o = sentence.start
        while o < sentence.end {
            guard let verb = Self.submissionVerbs.first(where: { t.hasPrefix($0, at: o) }) else { o += 1; continue }
            let verbEnd = o + verb.unicodeScalars.count
            defer { o = verbEnd }
            let laid = t.string(verbEnd, Self.clauseEnd(from: verbEnd, in: t, sentence: sentence))
            guard ["议案", "报告", "意见"].contains(where: { laid.contains($0) }) else { continue }
            // The subject stands right before the verb (省政府提交了), not a body named on the way.
            guard article.mention(endingAt: o, kinds: [.person, .organization]) != nil || t.hasPrefix("分别", at: o) else { continue }
            Self.reporters(from: Self.clauseStart(before: o, in: t, sentence: sentence), to: o, in: article, into: &out)
        }
        return out
    }

    /// Forms of 作 that open a report or an explanation given (`作了…报告`, `分别作说明`).
    static let madeReportOpeners: [String] = GrammarWords.list("made-report-openers.txt")

    /// The people and bodies that gave a report or an explanation: the names and bodies of the
    /// clause before `作了` (or `分别作`, `作关于`…) when the clause goes on to name a `报告` or a
    /// `说明` (`甲、乙作了履职情况报告`, `某某委负责同志作了关于…的报告`, `丙代表检查组作了…报告`).
    func madeReports(in sentence: Span, of article: Article) -> [Mention] {
        let t = article.text
        var out: [Mention] = []
        var o = sentence.start
        while o < sentence.end {
            // 作 alone opens a report only when made to the meeting (向大会作《政府工作报告》).
            let toMeeting = t[o] == "作" && Self.addressee(before: o, in: t, floor: sentence.start) != nil
            guard let opener = Self.madeReportOpeners.first(where: { t.hasPrefix($0, at: o) }) ?? (toMeeting ? "作" : nil) else { o += 1; continue }
            defer { o += opener.unicodeScalars.count }
            let clauseStart = Self.clauseStart(before: o, in: t, sentence: sentence)
            // What was made: the rest of the clause names a report or an explanation.
            let made = t.string(o, Self.clauseEnd(from: o, in: t, sentence: sentence))
            guard made.contains("报告") || made.contains("说明") else { continue }
            // 甲代表某某委员会向大会作了…的报告: the one who acts for the body reports to the meeting.
            if let to = Self.addressee(before: o, in: t, floor: clauseStart) {
                // Only the names right before 代表 (it also reads as a post: 人大代表).
                let representatives = article.mentions(of: .person).filter {
                    $0.span.start >= clauseStart && $0.span.end < to && t.hasPrefix("代表", at: $0.span.end)
                        && $0.rule != "person.credit" && $0.rule != "person.byline"
                }
                if !representatives.isEmpty {
                    out += representatives.filter { m in !out.contains { $0.span == m.span } }
                    continue
                }
            }
            // 作 opens the predicate right after its subject: a name, a body, a post or 负责同志 (not 工作报告, 所作),
            // or names who act for a body (甲、乙分别代表某某检查组作了…报告).
            guard o > sentence.start, article.mention(endingAt: o, kinds: [.person, .organization, .title]) != nil
                    || ["同志", "负责人"].contains(where: { t.string(max(sentence.start, o - $0.unicodeScalars.count), o) == $0 })
                    || Self.actsFor(clauseStart, before: o, in: article) else { continue }
            guard !made.contains("工作报告") else { continue }
            Self.reporters(from: clauseStart, to: o, in: article, into: &out)
        }
        return out
    }
}

extension RelationExtractor {
    /// Words naming the meeting a report is made to (`大会`, `会议`, `全会`) after `向`, `report-addressees.txt`.
    static let reportAddressees: [String] = GrammarWords.list("report-addressees.txt")

    /// Where `向` opens the meeting a report is made to, right before the verb at `o`
    /// (`…向大会作了…报告`), else nil.
    static func addressee(before o: Int, in t: ScalarText, floor: Int) -> Int? {
        for word in reportAddressees {
            let n = word.unicodeScalars.count + 1
            if o - n >= floor, t[o - n] == "向", t.hasPrefix(word, at: o - n + 1) { return o - n }
        }
        return nil
    }
}

extension RelationExtractor {
    /// Where the clause holding `offset` ends: the next comma, semicolon or full stop, or the sentence's end.
    static func clauseEnd(from offset: Int, in t: ScalarText, sentence: Span) -> Int {
        var end = offset
        while end < sentence.end && !"，,；。".unicodeScalars.contains(t[end]) { end += 1 }
        return end
    }
}

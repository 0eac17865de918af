import NewsGraphModel

/// Turns an article's mentions into relations: who presided, spoke, attended or reported at
/// which meeting, who issued which policy and when, where a meeting was held, which series it
/// belongs to, which journalist reported the article, and what the article mentions.
///
/// Every relation keeps the sentence (or clause) that says so as evidence, and its rule:
/// `role.presided`, `role.presided.passive` (`全会由省委常委会主持`), `role.presided.opening`
/// (`景俊海宣布大会开幕`), `role.spoke`, `role.spoke.said` (`韩俊说`; dropped for one who reported),
/// `role.spoke.pronoun` (`他强调` after a named actor), `role.spoke.remarks` (hosts and guests at a 会见), `role.attended.list`, `role.attended.event`, `role.attended.remarks` (whoever speaks at a 会见)
/// (hosts and guests of a 会见, the leader of a 调研), `role.reported`, `role.reported.work-report`
/// (`韩俊作政府工作报告`), `role.delivered` (the speaker signed under a speech or report printed in
/// full), `policy.issued`,
/// `policy.implemented`, `meeting.place`, `meeting.series`, `article.byline`, `article.mentions`.
public struct RelationExtractor: ArticleComponent {
    public let name = "relations"
    public let needs: Set<DocumentLayer> = [.meetings, .policies, .persons]
    public let adds: Set<DocumentLayer> = [.relations]
    let lexicon: Lexicon

    /// The posts of credits (`记者`, `通讯员`; `credit-words.txt`): whoever holds one reports on the meeting, not at it.
    let creditPosts: Set<String>

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        creditPosts = lexicon.creditPosts()
    }

    static let spokeVerbs: [String] = GrammarWords.list("spoke-verbs.txt")
    static let attendVerbs: [String] = GrammarWords.list("attend-verbs.txt")
    static let reportVerbs: [String] = GrammarWords.list("report-verbs.txt")
    /// Verbs that report only with their object later in the clause (`介绍了…情况`), `report-framed-verbs.txt`.
    static let framedReportVerbs: [(verb: String, object: String)] = GrammarWords.list("report-framed-verbs.txt").compactMap { line in
        let parts = line.components(separatedBy: "…")
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
    static let issueVerbs: [String] = GrammarWords.list("issue-verbs.txt")
    static let implementVerbs: [String] = GrammarWords.list("implement-verbs.txt")
    static let pronouns: Set<String> = GrammarWords.set("pronouns.txt")
    static let prepositions: [String] = GrammarWords.list("relation-prepositions.txt")

    /// A person (or body) at a meeting, as one set key.
    static func roleKey(_ name: String, _ meeting: EntityRef) -> String { name + "\u{1F}" + meeting.name }

    /// Whether the text between the last listed name and an attendance verb only goes on with the
    /// list — groups of people by their post (`,省人大常委会副秘书长,…办事机构负责人,省直有关部门负责人列席会议`).
    static func isListOfGroups(_ gap: String) -> Bool {
        // …蓝天立和自治区25个有关部门负责人到会: 和 / 及 may join the groups to the names too.
        var gap = Substring(gap)
        for joiner in ["以及", "和", "及"] where gap.hasPrefix(joiner) { gap = "、" + gap.dropFirst(joiner.count); break }
        // Each group between commas ends in a group noun; the words joined by 、 before it are what it
        // is of (各市、州人大常委会负责人, 某某集团、某某药业等企业及某某商会负责人).
        let segments = gap.split(whereSeparator: { "，,".contains($0) }).map(String.init)
        guard !segments.isEmpty, gap.first.map({ "，,、".contains($0) }) == true else { return false }
        return segments.allSatisfy { segment in
            // …联络处负责人等参加座谈: 等 closes the list.
            var segment = Substring(segment)
            for closer in ["等人", "等"] where segment.hasSuffix(closer) { segment = segment.dropLast(closer.count); break }
            return groupNouns.contains { segment.hasSuffix($0) } && !segment.contains("。")
        }
    }
    static let groupNouns: [String] = GrammarWords.list("group-nouns.txt")

    /// Whether `宣布` at `offset - 2` declares a session open or closed: `宣布大会开幕`, `宣布会议闭幕`.
    static func opensSession(_ t: ScalarText, after offset: Int, sentence: Span) -> Bool {
        let end = min(sentence.end, offset + 6)
        guard offset < end else { return false }
        let next = t.string(offset, end)
        return ["开幕", "闭幕"].contains { next.contains($0) }
    }

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        var a = article
        a.relations.append(contentsOf: roles(article))
        a.relations.append(contentsOf: policyRelations(article))
        a.relations.append(contentsOf: articleRelations(article))
        return a
    }

    // MARK: Meeting roles

    /// The meeting a sentence's roles belong to: one named in it that is held, else the main one.
    func meeting(for sentence: Span, in article: Article) -> Meeting? {
        if let here = article.meetings.first(where: { sentence.contains($0.span) && ($0.isMain || $0.date != nil || $0.rule == "meeting.event") }) {
            return here
        }
        return article.meetings.first(where: \.isMain)
    }


    func roles(_ article: Article) -> [Relation] {
        // A speech or report printed in full: its speaker delivered it at its occasion; the roles its
        // sentences tell of (汇报, 建言 in a work report) belong to other meetings.
        if let occasion = article.occasionLine {
            guard let signer = article.mentions.first(where: { $0.rule == "person.signature" }),
                  let main = article.meetings.first(where: { $0.isMain && occasion.contains($0.span) }) else { return [] }
            let kind: RelationKind = (article.headline ?? "").hasSuffix("报告") ? .reported : .spoke
            return [Relation(kind: kind, subject: EntityRef(.person, signer.name), object: main.ref, evidence: Span(0, signer.span.end),
                             rule: "role.delivered", date: main.date)]
        }
        let t = article.text
        var out: [Relation] = []
        var lastActor: Mention?
        // 他说 after a speech and its chair (景俊海…讲话。韩俊主持。他说…) is the speaker's.
        var lastSpeaker: Mention?
        // Who presided over which meeting: a presider is no attendee of the same meeting.
        var presiders: Set<String> = []
        func presider(_ name: String, _ meeting: EntityRef) -> String { Self.roleKey(name, meeting) }
        // The article's credited reporters (a credit word's post), named once for every role below.
        let credited = Set(article.relations.filter { $0.kind == .holdsPost && creditPosts.contains($0.object.name) }.compactMap { $0.subject?.name })
        func add(_ kind: RelationKind, _ who: Mention, _ meeting: Meeting, _ evidence: Span, _ rule: String, ordinal: Int? = nil) {
            // The reporters credited for the article take no part in the meeting they report.
            if who.rule == "person.byline" || who.rule == "person.credit" || article.dateline?.span.overlaps(who.span) == true { return }
            if who.kind == .person, credited.contains(who.name) { return }
            let ref = EntityRef(who.kind.entityKind ?? .person, who.name)
            if out.contains(where: { $0.kind == kind && $0.subject == ref && $0.object == meeting.ref }) { return }
            if kind == .attended && presiders.contains(presider(who.name, meeting.ref)) { return }
            out.append(Relation(kind: kind, subject: ref, object: meeting.ref, evidence: evidence, rule: rule, ordinal: ordinal, date: meeting.date))
        }
        var sitting: Meeting?
        for sentence in article.sentences where sentence.end <= article.bodyLength {
            sitting = currentSitting(after: sitting, in: sentence, of: article)
            guard let meeting = sitting ?? meeting(for: sentence, in: article) else { continue }
            // Presided.
            for o in t.occurrences(of: "主持", in: sentence) {
                if let you = t.occurrences(of: "由", in: Span(sentence.start, o)).last {
                    if let who = article.mentions.first(where: { [.person, .organization].contains($0.kind) && $0.span.start == you + 1 }) {
                        presiders.insert(presider(who.name, meeting.ref))
                        add(.presided, who, meeting, sentence, "role.presided.passive")
                        continue
                    }
                }
                if let who = subject(before: o, in: article, sentence: sentence) {
                    presiders.insert(presider(who.name, meeting.ref))
                    add(.presided, who, meeting, sentence, "role.presided")
                    lastActor = who
                }
            }
            // Events named by a verb: the subjects attend (or preside over a 调度).
            if meeting.rule == "meeting.event", meeting.span.start >= sentence.start, meeting.span.end <= sentence.end {
                let clause = meeting.span
                // Subjects, then the guests of a 会见 (the persons after the verb in the clause).
                var clauseEnd = clause.end
                while clauseEnd < sentence.end && !"。；\n".unicodeScalars.contains(t[clauseEnd]) { clauseEnd += 1 }
                // Not whose words are studied on the way (学习贯彻某某关于…的论述).
                let people = article.mentions(of: .person).filter {
                    $0.span.start >= clause.start && $0.span.end <= clauseEnd && !MeetingRecognizer.isOwner($0, t, article: article)
                }
                let isDispatch = t.string(clause).contains("调度")
                for (n, p) in people.enumerated() {
                    if isDispatch && n == 0 {
                        presiders.insert(presider(p.name, meeting.ref))
                        add(.presided, p, meeting, sentence, "role.presided.event")
                    } else {
                        add(.attended, p, meeting, sentence, "role.attended.event", ordinal: n)
                    }
                }
                if let first = people.first { lastActor = first }
            }
            // Spoke.
            for verb in Self.spokeVerbs {
                for o in t.occurrences(of: verb, in: sentence) {
                    if verb == "说" && o + 1 < t.count && "明服".unicodeScalars.contains(t[o + 1]) { continue }
                    let speakers = subjects(before: o, in: article, sentence: sentence)
                    // 景俊海宣布大会开幕: who declares a session open (or closed) chairs it.
                    if verb == "宣布", let who = speakers.last, Self.opensSession(t, after: o + 2, sentence: sentence) {
                        presiders.insert(presider(who.name, meeting.ref))
                        add(.presided, who, meeting, sentence, "role.presided.opening")
                        lastActor = who
                        continue
                    }
                    if let who = speakers.last {
                        for s in speakers { add(.spoke, s, meeting, sentence, verb == "说" ? "role.spoke.said" : "role.spoke") }
                        lastActor = who
                        lastSpeaker = who
                    } else if o >= 1, Self.pronouns.contains(t.string(o - 1, o)), let actor = lastSpeaker ?? lastActor {
                        add(.spoke, actor, meeting, sentence, "role.spoke.pronoun")
                    } else if verb != "说", verb != "宣布", let who = chainSubject(before: o, in: article, sentence: sentence) {
                        // 甲察看…，询问…，指出要…: the chain's subject speaks.
                        add(.spoke, who, meeting, sentence, "role.spoke.chained")
                        lastSpeaker = who
                    } else if o >= 2, t.string(o - 2, o) == "作了" || t.string(o - 1, o) == "作",
                              let who = subject(before: o - (t.string(o - 2, o) == "作了" ? 2 : 1), in: article, sentence: sentence) {
                        add(.spoke, who, meeting, sentence, "role.spoke")
                        lastSpeaker = who
                    }
                }
            }
            // Reported: reports and explanations made (甲、乙作了履职情况报告; 某委负责同志作了说明).
            for (n, m) in madeReports(in: sentence, of: article).enumerated() { add(.reported, m, meeting, sentence, "role.reported.made", ordinal: n) }
            // Reported: motions and reports laid before a session (省政府提交了…议案).
            for (n, m) in submissions(in: sentence, of: article).enumerated() { add(.reported, m, meeting, sentence, "role.reported.submitted", ordinal: n) }
            // Spoke: the remarks of hosts and guests at a reception, a talk or a symposium (甲、乙赞誉…).
            // Spoke: 双方表示… gives the remarks of the hosts and the guests of the event.
            for s in bothSides(in: sentence, of: article, meeting: meeting) { add(.spoke, s, meeting, sentence, "role.spoke.both-sides") }
            if Self.isExchange(meeting) || Self.exchangeOpening(t, sentence: sentence) != nil {
                let remarks = remarkSpeakers(in: sentence, of: article)
                for s in remarks.speakers {
                    add(remarks.briefing ? .reported : .spoke, s, meeting, sentence, remarks.briefing ? "role.reported.briefing" : "role.spoke.remarks")
                }
                // Whoever speaks at a reception or a talk was there: the host or a guest received.
                if Self.isReception(meeting, in: t) {
                    for (n, s) in remarks.speakers.enumerated() { add(.attended, s, meeting, sentence, "role.attended.remarks", ordinal: n) }
                }
            }
            // Attended: the names listed before an attendance verb, in printed order.
            for verb in Self.attendVerbs {
                for o in t.occurrences(of: verb, in: sentence) {
                    var clauseStart = o
                    while clauseStart > sentence.start && !"。；：\n".unicodeScalars.contains(t[clauseStart - 1]) { clauseStart -= 1 }
                    // Reporters credited in the dateline are not listed attendees.
                    let listed = article.mentions(of: .person).filter {
                        $0.span.start >= clauseStart && $0.span.end <= o && $0.rule != "person.credit" && $0.rule != "person.byline"
                    }
                    // Only names printed as a list right before the verb (not the subject of an earlier clause).
                    guard let last = listed.last else { continue }
                    let gap = t.string(last.span.end, o)
                    // 甲在福州会见了来闽出席…的乙: the names are the subject of another event.
                    if MeetingRecognizer.eventVerbs.contains(where: { gap.contains($0) }) { continue }
                    guard gap.count <= 4 || gap.count <= 12 && !gap.contains("，") && !gap.contains(",") || Self.isListOfGroups(gap) else { continue }
                    for (n, p) in listed.enumerated() { add(.attended, p, meeting, sentence, "role.attended.list", ordinal: n) }
                }
            }
            // Attended: members listed after a colon (在主席台就座的还有：…).
            for (n, p) in colonListMembers(in: sentence, of: article).enumerated() {
                add(.attended, p, meeting, sentence, "role.attended.colon", ordinal: n)
            }
            // Reported: reports heard (听取了甲作的…报告), remarks in the discussion (在发言中，甲、乙…),
            // answers to the press (…，他们将回答记者提问).
            for (n, p) in reportsHeard(in: sentence, of: article).enumerated() {
                add(.reported, p, meeting, sentence, "role.reported.heard", ordinal: n)
            }
            for (n, p) in discussionSpeakers(in: sentence, of: article).enumerated() {
                add(.reported, p, meeting, sentence, "role.reported.discussion", ordinal: n)
            }
            // Reported: who briefs the press at a press event (the sentence's, or the article's main one).
            if let event = ([meeting] + article.meetings.filter(\.isMain)).first(where: Self.isPressEvent) {
                for (n, p) in pressBriefers(in: sentence, of: article).enumerated() {
                    add(.reported, p, event, sentence, "role.reported.press-briefing", ordinal: n)
                }
            }
            for (n, p) in pressAnswerers(in: sentence, of: article).enumerated() {
                add(.reported, p, meeting, sentence, "role.reported.press", ordinal: n)
            }
            // Reported: bodies and people before a verb of reporting.
            for verb in Self.reportVerbs + Self.framedReportVerbs.map(\.verb) {
                for o in t.occurrences(of: verb, in: sentence) {
                    // 介绍了…情况: a verb that reports only with its object later in the clause.
                    if let frame = Self.framedReportVerbs.first(where: { $0.verb == verb }) {
                        guard t.string(o, Self.clauseEnd(from: o + verb.unicodeScalars.count, in: t, sentence: sentence)).contains(frame.object) else { continue }
                    }
                    // 工作报告 is a noun (the report), not 作报告 (to report).
                    if o > 0 && t[o - 1] == "工" { continue }
                    // Inside a name (某某文汇报) it is no verb.
                    let verbSpan = Span(o, o + verb.unicodeScalars.count)
                    if article.mentions.contains(where: { $0.kind == .organization && $0.span.contains(verbSpan) }) { continue }
                    // 情况通报会, 汇报会: the verb names a meeting; 要积极建言: an exhortation, not a report given.
                    if t.hasPrefix("会", at: o + verb.unicodeScalars.count) || Self.isExhortation(t, before: o, sentence: sentence) { continue }
                    // 会议指出，…: what the meeting said, not what happened at it.
                    if Self.isMeetingsStatement(t, sentence: sentence) { continue }
                    var start = sentence.start
                    // 传达 and 介绍了…情况 report only for the subject of their own clause, and 传达学习 is what a
                    // meeting did.
                    if verb.hasPrefix("传达") || Self.framedReportVerbs.contains(where: { $0.verb == verb }) {
                        let after = o + verb.unicodeScalars.count
                        if ["学习", "贯彻", "了学习"].contains(where: { t.hasPrefix($0, at: after) }) { continue }
                        if let comma = (start..<o).last(where: { "，,；".unicodeScalars.contains(t[$0]) }) { start = comma + 1 }
                    }
                    // 听取X汇报: the reporters follow 听取; with nothing named there (来到X指挥部，听取…汇报)
                    // the bodies visited earlier in the sentence report.
                    let heard = t.occurrences(of: "听取", in: Span(sentence.start, o)).last
                    if let heard { start = heard + 2 }
                    // After 会上， / 会议 … ：
                    if let anaphor = article.mentions.first(where: { $0.kind == .meeting && $0.rule == "meeting.anaphor" && sentence.contains($0.span) && $0.span.end <= o }) {
                        start = max(start, anaphor.span.end)
                    }
                    // 甲主持会议并讲话，乙出席，丙通报了…: who did something else in a clause of its own does not report.
                    if let done = Self.otherRoleClauseEnd(t, from: start, before: o) { start = max(start, done) }
                    func candidates(from: Int, to: Int, kinds: Set<MentionKind>) -> [Mention] {
                        article.mentions.filter { m in
                            kinds.contains(m.kind) && m.span.start >= from && m.span.end <= to
                                && (m.kind != .organization || Self.isNamedBody(m, in: article))
                                // A body inside a meeting's name is the meeting's (福建省政协|十一届三次会议).
                                && !article.mentions.contains { $0.kind == .meeting && $0.span.contains(m.span) }
                                // A place reports only as the subject of the report (松原市作了相关情况汇报).
                                && (m.rule != "place.lexicon" || ["作了", "作", "汇报"].contains { t.hasPrefix($0, at: m.span.end) })
                                // A body inside a post is the post's, except its 负责人 (…农安县政府负责人…汇报: the body reports).
                                && !article.mentions.contains { $0.kind == .title && $0.span.contains(m.span) && $0.span != m.span && !$0.text.hasSuffix("负责人") }
                        }
                    }
                    var who = candidates(from: start, to: o, kinds: [.person, .organization, .place])
                    if who.isEmpty, let heard {
                        who = candidates(from: sentence.start, to: heard, kinds: [.organization])
                    }
                    // Places that are part of an organisation's name are not reporters themselves; bodies
                    // after a person who speaks are where the person was (胡玉亭在参加…辽宁代表团审议…时发言).
                    let firstPerson = who.first { $0.kind == .person }?.span.start ?? Int.max
                    let reporters = who.filter { m in
                        !who.contains { $0.span.contains(m.span) && ($0.span != m.span || m.kind == .place && $0.kind == .organization) }
                            && (m.kind == .person || m.span.start < firstPerson)
                    }
                    for (n, m) in reporters.enumerated() { add(.reported, m, meeting, sentence, "role.reported", ordinal: n) }
                }
            }
            // 韩俊代表省政府向大会作政府工作报告: 作 + the body's name + 工作报告.
            for o in t.occurrences(of: "工作报告", in: sentence) {
                var z = o
                while z > sentence.start && o - z < 10 && t[z - 1] != "作" && CharacterClass.isHan(t[z - 1]) { z -= 1 }
                // 李克强总理所作的政府工作报告 names a report; it is not one delivered here.
                guard z > sentence.start, t[z - 1] == "作", o > z, !t.string(z, o).contains("的"), z < 2 || t[z - 2] != "所",
                      let who = subject(before: z - 1, in: article, sentence: sentence) else { continue }
                add(.reported, who, meeting, sentence, "role.reported.work-report")
            }
        }
        // What one who delivered a report 说 at the meeting is the report's content, not a speech of their own.
        let reporters = Set(out.filter { $0.kind == .reported }.map { Self.roleKey($0.subject?.name ?? "", $0.object) })
        out.removeAll { $0.rule == "role.spoke.said" && reporters.contains(Self.roleKey($0.subject?.name ?? "", $0.object)) }
        // Persons who preside are never listed as attending.
        return out.filter { !($0.kind == .attended && presiders.contains(presider($0.subject?.name ?? "", $0.object))) }
    }

    // MARK: Policies

    // MARK: Article-level and meeting-level facts

}

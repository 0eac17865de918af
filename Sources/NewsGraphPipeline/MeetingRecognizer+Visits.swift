import NewsGraphModel

/// Visits named by their verb: who goes where, led or on a topic, before the verb of the visit.
extension MeetingRecognizer {
    /// Whether the words from `start` to the event verb at `end` tell of a leader taking a group to a
    /// place: they open with 率领 / 带领 / 率, and a place follows 赴 / 到 / 来 / 深入 within 40 characters.
    static func ledVisit(_ t: ScalarText, from start: Int, to end: Int, article: Article) -> Bool {
        guard end - start <= 40, ["率领", "带领", "率"].contains(where: { t.hasPrefix($0, at: start) }) else { return false }
        let between = t.string(start, end)
        guard !between.contains("。"), !between.contains("，"), !between.contains(",") else { return false }
        return article.mentions(of: .place).contains { p in
            p.span.start > start && p.span.end <= end
                && ["赴", "到", "来"].contains(where: { p.span.start >= 1 && t.string(p.span.start - 1, p.span.start) == $0 })
                || p.span.start >= 2 && p.span.start > start && p.span.end <= end && t.string(p.span.start - 2, p.span.start) == "深入"
        }
    }

    /// Whether the words from `start` to the event verb at `end` tell of a visit on a topic: a place
    /// after 赴 / 到 / 来 / 深入, then the topic, then 进行 or 开展 right before the verb
    /// (`到某某县就秋粮收购情况进行调研`), within 50 characters of one sentence that name no other
    /// person: the clauses between tell what the visitor did (`来到某某县，深入车间、工地，就…进行调研`).
    static func topicVisit(_ t: ScalarText, from start: Int, to end: Int, article: Article) -> Bool {
        guard end - start <= 50, end - start >= 2, ["进行", "开展"].contains(t.string(end - 2, end)) else { return false }
        let between = t.string(start, end)
        guard !between.contains("。"), !article.overlapsMention(Span(start, end), kinds: [.person]) else { return false }
        return article.mentions(of: .place).contains { p in
            p.span.start > start && p.span.end <= end
                && (["赴", "到", "来"].contains(where: { p.span.start >= 1 && t.string(p.span.start - 1, p.span.start) == $0 })
                    || p.span.start >= 2 && t.string(p.span.start - 2, p.span.start) == "深入")
        }
    }

    /// Whether the words from `start` to the event verb at `end` tell of a leader taking a group to a
    /// place for a purpose given between commas: 率领 / 带领 / 率 open them, the destination after
    /// 赴 / 到 / 来 stands right before the verb, and no other person is named on the way
    /// (`甲率某省党政代表团，就…，赴某省学习考察`), within 200 characters of one sentence. A person whose
    /// words are what is studied (`学习贯彻某某关于…的重要论述`) is no one on the way.
    static func ledVisitWithPurpose(_ t: ScalarText, from start: Int, to end: Int, article: Article) -> Bool {
        guard end - start <= 200, ["率领", "带领", "率"].contains(where: { t.hasPrefix($0, at: start) }) else { return false }
        guard !t.string(start, end).contains("。"), !namesASubject(t, from: start, to: end, article: article) else { return false }
        return article.mentions(of: .place).contains { p in
            p.span.start > start && p.span.end <= end && end - p.span.end <= 6
                && ["赴", "到", "来"].contains(where: { p.span.start >= 1 && t.string(p.span.start - 1, p.span.start) == $0 })
        }
    }

    /// Verbs of going somewhere that open a visit's destination (`到`, `赴`, `来到`, `前往`, `深入`).
    static let motionVerbs: [String] = GrammarWords.list("visit-motion-verbs.txt")

    /// Whether the words from `start` to the event verb at `end` are a destination: a verb of going
    /// (after adverbs and dates), then the places or units visited, then at most one comma, right
    /// before the verb or before its topic (`到某市某县、某县，调研…`, `到某市、某市就…工作调研`,
    /// `到部分企业就…进行调研`), within 80 characters of one sentence that name no other person.
    static func destinationVisit(_ t: ScalarText, from start: Int, to end: Int, article: Article) -> Bool {
        guard end - start <= 80, end > start else { return false }
        var k = start
        while k < end, let date = article.mention(startingAt: k, kinds: [.date]) { k = date.span.end }
        while k < end, "一起同专程先后分别率队带队 ".unicodeScalars.contains(t[k]) { k += 1 }
        guard let motion = motionVerbs.first(where: { t.hasPrefix($0, at: k) }) else { return false }
        let destination = Span(k + motion.unicodeScalars.count, end)
        guard destination.length >= 2 else { return false }
        let between = t.string(destination)
        guard !between.contains("。"), !between.contains("；"), !article.overlapsMention(destination, kinds: [.person]) else { return false }
        let commas = (destination.start..<end).filter { t[$0] == "，" || t[$0] == "," }
        guard commas.count <= 1 else { return false }
        if let comma = commas.first {
            // The comma closes the destination: the verb or its topic (就…) follows it.
            guard comma == end - 1 || t[comma + 1] == "就" else { return false }
        }
        return true
    }
}

extension MeetingRecognizer {
    /// Where a place no lexicon knows ends, when `在` / `到` / `赴` at `start` opens it and the event verb at
    /// `verb` closes it: two to six Chinese characters with no stop character between
    /// (`甲在某某调研`, `甲到某某考察`), else nil.
    static func unknownPlace(_ t: ScalarText, after start: Int, before verb: Int) -> Int? {
        guard start < verb, "在到赴".unicodeScalars.contains(t[start]) else { return nil }
        let length = verb - start - 1
        guard (2...6).contains(length) else { return nil }
        for k in (start + 1)..<verb where !CharacterClass.isHan(t[k]) || BoundaryWords.stopChars.contains(t[k]) { return nil }
        return verb
    }
}

extension MeetingRecognizer {
    /// Words after a person (and the posts after the name) that make the person the owner of what
    /// follows, not someone acting (`某某关于…的论述`, `某某的重要讲话`), `visit-owner-markers.txt`.
    static let ownerMarkers: [String] = GrammarWords.list("visit-owner-markers.txt")

    /// Whether a person is named from `start` to `end` who may act there: one not followed (after the
    /// posts printed after the name) by a word that makes the person the owner of what follows.
    static func namesASubject(_ t: ScalarText, from start: Int, to end: Int, article: Article) -> Bool {
        article.mentions(of: .person).contains { p in
            p.span.start < end && p.span.end > start && !isOwner(p, t, article: article)
        }
    }

    /// Whether a person is named as the owner of what follows (`某某总书记关于…`), not as someone acting.
    static func isOwner(_ person: Mention, _ t: ScalarText, article: Article) -> Bool {
        var k = person.span.end
        while let post = article.mention(startingAt: k, kinds: [.title]) { k = post.span.end }
        return ownerMarkers.contains { t.hasPrefix($0, at: k) }
    }
}

extension MeetingRecognizer {
    /// Event verbs that make an event of their own even during a trip (`会见`, `会谈`, `调度`),
    /// `meeting-own-event-verbs.txt`.
    static let ownEventVerbs: Set<String> = Set(GrammarWords.list("meeting-own-event-verbs.txt"))

    /// The events of a trip, one: a later event verb whose subject is the subject of an earlier one
    /// and whose sentence gives no date of its own (`甲在某市调研…。甲在某区考察了一批企业…`) is a stop
    /// on the same trip, not an event of its own; a 会见, a 会谈 or a 调度 stays one.
    static func oneVisitPerTrip(_ events: [(span: Span, name: String, verb: String)], in article: Article) -> [(span: Span, name: String, verb: String)] {
        let people = article.mentions(of: .person)
        func subject(_ span: Span) -> String? { people.first { $0.span.start >= span.start && $0.span.end <= span.end }?.name }
        var kept: [(span: Span, name: String, verb: String)] = []
        for e in events.sorted(by: { $0.span.start < $1.span.start }) {
            let ownEvent = Self.ownEventVerbs.contains(e.verb)
            let sentence = article.sentence(containing: e.span.start) ?? e.span
            let dated = article.overlapsMention(sentence, kinds: [.date])
            if !ownEvent, !dated, let who = subject(e.span),
               kept.contains(where: { !Self.ownEventVerbs.contains($0.verb) && subject($0.span) == who }) { continue }
            kept.append(e)
        }
        return kept
    }
}

extension MeetingRecognizer {
    /// The longest name an event named by its clause keeps whole; longer ones are compacted.
    static let compactNameLength = 30

    /// A long event name made short enough to print, its meaning kept: clauses between the subject's
    /// and the verb's are left out, and a list of places or topics keeps its first item and `等`.
    ///
    /// Example: `甲率某省代表团，就学习…精神，赴浙江学习考察` → `甲率某省代表团赴浙江学习考察`;
    /// `甲到某市某区、某县、某县，调研某某建设、产业发展等工作` → `甲到某市某区等地调研某某建设等工作`.
    static func compactEventName(_ name: String) -> String {
        guard name.count > compactNameLength else { return name }
        var clauses = name.split(whereSeparator: { $0 == "，" || $0 == "," }).map(String.init)
        if clauses.count >= 3 { clauses = [clauses[0], clauses[clauses.count - 1]] }
        let places: Set<Character> = ["市", "县", "区", "镇", "乡", "州", "村"]
        let compacted = clauses.map { clause -> String in
            let items = clause.split(separator: "、", omittingEmptySubsequences: false).map(String.init)
            guard items.count >= 3, let last = items.last, let first = items.first else { return clause }
            // What follows the list in its last item: the shortest tail that starts after a name of
            // two to eight characters (`获嘉县` | `调研…`), else the last item's own ending after 等.
            var tail = ""
            if let dengIndex = last.firstIndex(of: "等") {
                tail = String(last[dengIndex...])
            } else if let lastChar = last.last, last.count <= 4, places.contains(lastChar) {
                tail = "等地"
            } else if let cut = last.indices.first(where: { i in
                places.contains(last[i]) && last.distance(from: last.startIndex, to: i) <= 7
                    && last.index(after: i) < last.endIndex && !places.contains(last[last.index(after: i)]) }) {
                tail = "等地" + String(last[last.index(after: cut)...])
            } else {
                tail = "等"
            }
            return first + tail
        }
        return compacted.joined()
    }
}

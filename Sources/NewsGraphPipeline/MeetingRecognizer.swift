import NewsGraphModel

/// Finds meetings and other events, their dates, places, series and aliases.
///
/// - `meeting.named`: a name ending in a meeting word (`省政府2022年第14次常务会议`,
///   `省第十二次党代会`, `党的二十大`), its left edge found by the boundary words;
/// - `meeting.event`: an event named by a verb with a person as subject
///   (`韩俊调度全省畜禽粪污资源化利用情况`, `景俊海在长春会见…`);
/// - `meeting.anaphor`: `会议`, `全会`, `会上` referring to the article's main meeting.
/// The main meeting is the first one whose sentence has a verb of holding or taking part; it gets
/// the dateline's date when its own sentence prints none. Names in the headline that denote the
/// same meeting (`省委十一届十一次全会` = `中国共产党吉林省第十一届委员会第十一次全体会议`) become aliases.
public struct MeetingRecognizer: ArticleComponent {
    public let name = "meetings"
    public let needs: Set<DocumentLayer> = [.persons, .dates, .places, .organizations]
    public let adds: Set<DocumentLayer> = [.meetings]
    let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    static let genericWords: Set<String> = GrammarWords.set("meeting-generic-words.txt")

    /// Verbs that form a meeting's name with the meeting word right after them (调研工作会, 推进会).
    static let compoundVerbs: [String] = GrammarWords.list("meeting-compound-verbs.txt")
    /// Nouns of those who sit in a meeting that name it with the meeting word right after them
    /// (`负责同志会议`, `老同志座谈会`), `meeting-member-nouns.txt`.
    static let memberNouns: [String] = GrammarWords.list("meeting-member-nouns.txt")
    /// Characters that make a noun of the verb before them (`召集` + `人`, `代表` + `团`), `noun-makers.txt`.
    static let nounMakers: Set<Unicode.Scalar> = GrammarWords.characters("noun-makers.txt")
    static let holdingVerbs: [String] = GrammarWords.list("meeting-holding-verbs.txt")
    static let eventVerbs: [String] = GrammarWords.list("meeting-event-verbs.txt")
    /// Characters after an event verb that make it a group's name (`检查组`, `考察团`), `meeting-group-suffixes.txt`.
    static let groupSuffixes: Set<Unicode.Scalar> = GrammarWords.characters("meeting-group-suffixes.txt")
    static let anaphors: [String] = GrammarWords.list("meeting-anaphors.txt")
    /// Words that may stand between an event's subjects and its verb (景俊海、韩俊率领与会人员深入东丰县实地调研).
    static let glueWords: [String] = GrammarWords.list("meeting-glue-words.txt")
    /// Words after a meeting word that make it no event (`常务委员会`, `机制`, `以来`).
    static let nonEventContinuations: [String] = GrammarWords.list("meeting-non-event-continuations.txt")
    /// Words that point back to the meeting reported (`本次`), `meeting-demonstratives.txt`.
    static let demonstratives: [String] = GrammarWords.list("meeting-demonstratives.txt")
    /// Characters that may stand between an event's subjects and its verb.
    static let subjectGlue: Set<Unicode.Scalar> = GrammarWords.characters("meeting-subject-glue.txt").union(["、", "，", ",", " "])

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var named: [Mention] = []
        var anaphora: [Mention] = []
        var bare: [Mention] = []
        // 1. Named meetings.
        var i = 0
        let body = article.bodyLength
        while i < body {
            guard var end = lexicon.meetingWords.longestMatch(in: t, at: i, limit: body) else { i += 1; continue }
            // 推进会 + 议: a word ending in 会 before 议 is the start of 会议 (推进会议).
            if end < body, t[end - 1] == "会", t[end] == "议" { end += 1 }
            let word = t.string(i, end)
            // 人民大会堂: a hall, not a meeting; 人民代表大会|常务委员会, 联席会议|机制: no event.
            if end < body, t[end] == "堂" || Self.nonEventContinuations.contains(where: { t.hasPrefix($0, at: end) }) { i = end; continue }
            // 人民代表大会第五次会议: the session, not the congress, is the meeting; the later 会议 takes it.
            if end < body, t[end] == "第", Self.sessionSuffix(t, from: end) != nil { i = end; continue }
            var s = i
            // A complete name in the lexicon (党的二十大) takes no modifiers.
            let complete = !Self.genericWords.contains(word) && word.unicodeScalars.count >= 4 && word.hasPrefix("党的")
            while !complete && s > 0 && i - s < 24 {
                let c = t[s - 1]
                guard CharacterClass.isHan(c) || CharacterClass.isDigit(c) || CharacterClass.isLatin(c) || c == "—" || c == "“" || c == "”" else { break }
                // A congress before its session number belongs to the name: 人民代表大会第五次会议.
                if let congress = lexicon.meetingWords.longestMatch(in: t, endingAt: s, floor: max(0, s - 8)), s < i,
                   Self.sessionSuffix(t, from: s) != nil {
                    s = congress
                    continue
                }
                // 与在沪媒体座谈会: after a conjunction, 在 opens a group (those in a place), not the event's place.
                if c == "在" && s >= 2 && (t[s - 2] == "与" || t[s - 2] == "和") && s < i {
                    s -= 2
                    continue
                }
                // A delegation's review during a session is named by the delegation alone: 某某会议|江苏代表团审议.
                if word == "代表团审议", s < i, s >= 2, ["会议", "大会"].contains(t.string(s - 2, s)),
                   !article.mentionIndex.inside(Span(s, i), kinds: [.place, .organization]).isEmpty { break }
                // 全省 / 全市 / 全国 opens the name (全省某某工作会议): the extension ends with it.
                if s >= 2, t[s - 2] == "全", "省市县区州国".unicodeScalars.contains(t[s - 1]),
                   BoundaryWords.leftStop(endingAt: s, in: t, floor: 0) { s -= 2; break }
                // A verb right before the meeting word makes a compound with it (专题调研工作会, 学习会).
                // Who sits in it names it too: 负责同志会议, and a verb made a noun (召集人会议, 代表团会议).
                let sitters = s == i && Self.memberNouns.contains { s >= 2 && t.string(s - 2, s) == $0 } || s < i && Self.nounMakers.contains(t[s])
                // Not before a meeting's own name (学习|全国两会, 学习|中央农村工作会议).
                let compoundable = word.unicodeScalars.count <= 3 || Self.genericWords.contains(word)
                if BoundaryWords.leftStop(endingAt: s, in: t, floor: 0)
                    && !(s == i && compoundable && Self.compoundVerbs.contains { s >= 2 && t.string(s - 2, s) == $0 }) && !sitters { break }
                if BoundaryWords.stopChars.contains(c) && !(c == "的" && s >= 2 && t[s - 2] == "党") && c != "“" && c != "”" && c != "—" { break }
                // A person ends the name; so does a post, except one right before the meeting word, which
                // names the meeting by who sits in it (主任会议, 代表团召集人会议, 负责同志会议).
                if !article.mentionIndex.ending(at: s, kinds: s == i ? [.person] : [.person, .title]).isEmpty { break }
                s -= 1
            }
            // 传达A会议和B会议精神大会: the name starts at the verb that relays the spirit.
            if let relaying = Self.relayingStart(t, stemStart: s, wordStart: i) { s = relaying }
            // Do not begin inside an unbalanced quotation: take in its opening mark when it is near
            // (“智启振兴 汇促发展”海归人才…座谈会, a slogan with a space), else start after its end.
            if let close = (s..<i).first(where: { t[$0] == "”" }), !(s..<close).contains(where: { t[$0] == "“" }) {
                var o = s
                while o > 0 && s - o < 12 && t[o - 1] != "“" && t[o - 1] != "\n" && !"，。；：".unicodeScalars.contains(t[o - 1]) { o -= 1 }
                if o > 0 && t[o - 1] == "“" { s = o - 1 } else { s = close + 1 }
            }
            while s < i, t[s] == "”" { s += 1 }
            // A count before the name is no part of it: 6场新闻发布会, 148名…代表.
            var n = s
            while n < i, CharacterClass.isDigit(t[n]) || ChineseNumber.isNumeral(t[n]) { n += 1 }
            if n > s, n < i, "场名位个".unicodeScalars.contains(t[n]) { s = n + 1 }
            let stem = t.string(s, i)
            let pointedBack = stem.isEmpty && Self.demonstratives.contains { s >= $0.unicodeScalars.count && t.hasPrefix($0, at: s - $0.unicodeScalars.count) }
            if pointedBack {
                // 本次常委会会议: the meeting reported, named again.
                anaphora.append(Mention(kind: .meeting, span: Span(i, end), text: word, rule: "meeting.anaphor"))
            } else if Self.isHeldSitting(t, word: word, stemStart: s, wordStart: i, end: end) {
                // A sitting held here (举行闭幕会, 第二次全体会议) is an event of its own.
                named.append(Mention(kind: .meeting, span: Span(s, end), text: t.string(s, end), rule: "meeting.named"))
            } else if stem.isEmpty && !Self.genericWords.contains(word) && word.unicodeScalars.count >= 4 {
                named.append(Mention(kind: .meeting, span: Span(i, end), text: word, rule: "meeting.named"))
            } else if stem.isEmpty && !Self.genericWords.contains(word) && (Self.isConvenedHere(t, at: s) || Self.isConvenedAfter(t, word: Span(i, end))) {
                // 主持召开座谈会 during a visit: an event of its own, named by its kind (kept unless a named one ends so).
                bare.append(Mention(kind: .meeting, span: Span(i, end), text: word, rule: "meeting.named"))
            } else if stem.isEmpty || Self.genericWords.contains(stem + word) && stem.count < 2 || Self.demonstratives.contains(stem) {
                if Self.genericWords.contains(word) {
                    anaphora.append(Mention(kind: .meeting, span: Span(i, end), text: word, rule: "meeting.anaphor"))
                }
            } else if stem.unicodeScalars.count >= 2 || lexicon.meetingWords.contains(stem + word) {
                let span = Span(s, end)
                // Inside a body's or a document's name (吉林省人民代表大会常务委员会, 《…》) it is not a meeting.
                if article.mentionIndex.starting(from: span.end - article.mentionIndex.maxLength, before: span.start + 1).contains(where: { k in
                    let m = article.mentions[k]
                    return (m.kind == .organization && m.span.end > span.end || m.kind == .policy) && m.span.contains(span) && m.span != span
                }) { i = end; continue }
                // A name needs something specific: a body, a place, a number with 届, a quotation, or
                // four characters of its own (联席会议 and 第二次全体会议 are kinds, not names).
                // The scope of a whole region names it too (全省工作会议).
                let scoped = stem.unicodeScalars.count == 2 && stem.hasPrefix("全") && "省市县区州国".unicodeScalars.contains(stem.unicodeScalars.last!)
                let specific = stem.unicodeScalars.count >= 4 && !Self.isSessionNumber(stem) || stem.contains("届") || stem.contains("“") || scoped
                    || !article.mentionIndex.inside(span, kinds: [.organization, .place]).isEmpty
                    || lexicon.meetingWords.contains(stem + word)
                // …or it is what someone convenes (主持召开工作调度会).
                // A sitting of a session convened on its own (举行第二次全体会议) is an event of its own.
                let convened = ["召开", "主持", "举行", "出席", "参加"].contains { s >= 2 && t.string(s - 2, s) == $0 }
                    && (!Self.isSessionNumber(stem) || word == "全体会议")
                // A body convening its numbered meeting (主席团举行第一次会议, 某某常委会举行第三次会议) holds
                // an event named by the body and the number.
                if Self.isSessionNumber(stem), word == "会议", s >= 2, ["召开", "举行"].contains(t.string(s - 2, s)),
                   let body = article.mention(endingAt: s - 2, kinds: [.organization]) ?? Self.presidium(t, endingAt: s - 2) {
                    let whole = Span(body.span.start, end)
                    named.append(Mention(kind: .meeting, span: whole, text: t.string(whole), name: body.text + stem + word, rule: "meeting.named"))
                    i = end
                    continue
                }
                if !specific && !convened { i = end; continue }
                named.append(Mention(kind: .meeting, span: span, text: t.string(span), rule: "meeting.named"))
            }
            i = end
        }
        named += Self.unnamedEvents(bare, named: named)
        named.sort { $0.span < $1.span }
        for word in ["会上", "会前", "会后"] {
            for o in t.occurrences(of: word, in: Span(0, body)) where !named.contains(where: { $0.span.overlaps(Span(o, o + 2)) }) {
                anaphora.append(Mention(kind: .meeting, span: Span(o, o + 2), text: word, rule: "meeting.anaphor"))
            }
        }
        // 2. Events named by a verb.
        var events: [(span: Span, name: String, verb: String)] = []
        for verb in Self.eventVerbs {
            for o in t.occurrences(of: verb, in: Span(0, body)) {
                guard let sentence = article.sentence(containing: o) else { continue }
                // The reporters of a dateline opening the sentence (东南网讯(记者 甲乙) 9日，…) are no subjects.
                let subjects = article.mentions(of: .person).filter { m in
                    m.span.start >= sentence.start && m.span.end <= o && !(article.dateline?.span.overlaps(m.span) ?? false)
                        && m.rule != "person.credit" && m.rule != "person.byline" && !Self.isOwner(m, t, article: article)
                }
                guard let first = subjects.first, let last = subjects.last else { continue }
                // A leader taking a group somewhere (李悦率领住吉林市、辽源市省政协委员赴松原市开展异地视察):
                // between 率领 and a place after 赴 / 到 / 来 / 深入 the group may be any words.
                let topic = Self.topicVisit(t, from: last.span.end, to: o, article: article)
                    || Self.ledVisitWithPurpose(t, from: last.span.end, to: o, article: article)
                    || Self.destinationVisit(t, from: last.span.end, to: o, article: article)
                let led = Self.ledVisit(t, from: last.span.end, to: o, article: article) || topic
                guard o - last.span.end <= 16 || led else { continue }
                // The subject opens its clause (after any posts): 省委书记景俊海在长春会见…, not 贯彻习近平总书记视察….
                var chainStart = first.span.start
                while let title = article.mention(endingAt: chainStart, kinds: [.title, .organization]) { chainStart = title.span.start
                    if chainStart > 0 && t[chainStart - 1] == "、" && article.mention(endingAt: chainStart - 1, kinds: [.title]) != nil { chainStart -= 1 }
                }
                let opener: Unicode.Scalar = chainStart > 0 ? t[chainStart - 1] : "\n"
                // 本报讯 省委书记甲…: a space after a dateline opens the clause too (not a space inside a headline).
                let afterDateline = (opener == " " || opener == "\u{3000}") && chainStart >= 2 && "讯电".unicodeScalars.contains(t[chainStart - 2])
                guard opener == "\n" || afterDateline || CharacterClass.isPunctuation(opener) || chainStart == sentence.start else { continue }
                // Between the subject and the verb only names, posts, places and adverbs (一起在长春会见).
                var cursor = chainStart
                var clean = true
                while cursor < o {
                    if let m = article.mentionIndex.starting(at: cursor, kinds: [.person, .title, .organization, .place, .date])
                        .max(by: { $0.span.length < $1.span.length }) {
                        cursor = m.span.end
                        // A place that runs into a post (江苏省|长 of 江苏|省长): the post's end.
                        if let post = article.mentions.first(where: { $0.kind == .title && $0.span.start < cursor && $0.span.end > cursor }) {
                            cursor = post.span.end
                        }
                        continue
                    }
                    if let glue = Self.glueWords.first(where: { t.hasPrefix($0, at: cursor) }) { cursor += glue.unicodeScalars.count; continue }
                    if let place = Self.unknownPlace(t, after: cursor, before: o) { cursor = place; continue }
                    if !Self.subjectGlue.contains(t[cursor]) { clean = false; break }
                    cursor += 1
                }
                guard clean || led else { continue }
                // 参加会见: attendance, not a second event; so is 乙一同调研 with nothing after the verb
                // (甲、乙一起会见丙 is the event itself).
                if o >= 2 && ["参加", "出席", "陪同"].contains(t.string(o - 2, o)) { continue }
                let verbEnd = o + verb.unicodeScalars.count
                // 执法检查组作报告: a group named after the verb, no event, unless the group goes somewhere
                // (甲率某某考察团到某省: the visit).
                if verbEnd < t.count, Self.groupSuffixes.contains(t[verbEnd]),
                   !Self.motionVerbs.contains(where: { t.hasPrefix($0, at: verbEnd + 1) }) { continue }
                if o >= 2 && ["一同", "一起"].contains(t.string(o - 2, o))
                    && (verbEnd >= t.count || CharacterClass.isPunctuation(t[verbEnd]) || t[verbEnd] == "\n") { continue }
                if events.contains(where: { $0.verb == verb }) { continue }
                // Only adverbs, places and 在/到 between the subject and the verb.
                let between = t.string(last.span.end, o)
                if !topic && between.contains("，") || !led && between.contains("、") && !subjects.contains(where: { $0.span.start > last.span.start - 4 }) { continue }
                var clauseEnd = o
                while clauseEnd < sentence.end && !"，。；！？,;!?\n".unicodeScalars.contains(t[clauseEnd]) {
                    // 甲在某市调研时强调: the event ends before 时 and what was said then.
                    if clauseEnd > o, t[clauseEnd] == "时", BoundaryWords.afterNameWord(at: clauseEnd + 1, in: t) { break }
                    clauseEnd += 1
                }
                // The posts of the named people are left out of the event's name (景俊海会见…安世豪), not a
                // group's (住吉林市、辽源市省政协委员).
                let people = article.mentions(of: .person)
                let posts = article.mentions(of: .title)
                func leadsToName(_ end: Int, _ depth: Int) -> Bool {
                    if people.contains(where: { $0.span.start == end }) { return true }
                    guard depth < 3 else { return false }
                    let next = end < t.count && "、，,".unicodeScalars.contains(t[end]) ? end + 1 : end
                    return posts.contains { $0.span.start == next && leadsToName($0.span.end, depth + 1) }
                }
                let titles = posts.filter { $0.span.start >= first.span.start && $0.span.end <= clauseEnd && leadsToName($0.span.end, 0) }
                var name = ""
                var k = first.span.start
                while k < clauseEnd {
                    if let title = titles.first(where: { $0.span.start == k }) {
                        k = title.span.end
                        // Drop the separator after a post.
                        continue
                    }
                    let c = t[k]
                    if c != "、" && c != "，" && c != "," || !(k + 1 < clauseEnd && titles.contains { $0.span.start == k + 1 }) { name.unicodeScalars.append(c) }
                    k += 1
                }
                name = name.replacingOccurrences(of: "、、", with: "、")
                if name.hasPrefix("、") { name.removeFirst() }
                let span = Span(first.span.start, clauseEnd)
                // A named meeting after the verb is what the subject visits or inspects (调研…博览会筹备工作), except
                // in a meeting with people, whose guests may come to it (会见参加…博览会的代表团), or when the
                // meeting's spirit is what is looked into (调研…全会精神贯彻落实情况).
                let meetsPeople = verb == "会见" || verb == "会谈"
                if !events.contains(where: { $0.span.overlaps(span) }) && (meetsPeople || !named.contains(where: { span.contains($0.span) && $0.span.start > o && !t.hasPrefix("精神", at: $0.span.end) })) {
                    events.append((span, Self.compactEventName(name), verb))
                }
            }
        }
        // A deputy joining a delegation's session: 到长春市代表团参加审议 → 长春市代表团审议.
        for o in t.occurrences(of: "代表团参加审议", in: Span(0, body)) {
            var s = o
            while s > 0 && CharacterClass.isHan(t[s - 1]) && t[s - 1] != "到" && t[s - 1] != "在" && o - s < 8 { s -= 1 }
            guard o - s >= 2, let sentence = article.sentence(containing: o) else { continue }
            let name = t.string(s, o) + "代表团审议"
            let first = article.mentions(of: .person).first { $0.span.start >= sentence.start && $0.span.end <= s }
            events.append((Span(first?.span.start ?? s, o + 7), name, "审议"))
        }
        events = Self.oneVisitPerTrip(events, in: article)
        // 3. Meetings with dates, places, series.
        let occasion = article.occasionLine
        var meetings: [Meeting] = []
        var candidates: [(Span, String, String)] = named.map { ($0.span, $0.name, $0.rule) } + events.map { ($0.span, $0.name, "meeting.event") }
        candidates.sort { $0.0 < $1.0 }
        // A name inside a longer name of the same article (中国—东北亚博览会 in
        // 第十三届中国—东北亚博览会开幕式暨…论坛) is that meeting; not the meetings whose spirit it relays
        // (传达甲会议精神大会).
        candidates = candidates.filter { c in
            c.2 == "meeting.event" || !candidates.contains { other in
                other.2 != "meeting.event" && other.1 != c.1 && other.1.contains(c.1) && !Self.isRelaying(other.1)
            }
        }
        // An event and its ceremony (博览会 / 博览会开幕式) are reported as the ceremony.
        let ceremonies = ["开幕式", "闭幕式", "仪式"]
        candidates = candidates.filter { c in !candidates.contains { other in ceremonies.contains { other.1 == c.1 + $0 } } }
        for (span, name, rule) in candidates {
            if meetings.contains(where: { $0.name == name }) { continue }
            // The same numbered meeting under a second name is an alias.
            if let k = meetings.firstIndex(where: { MeetingNames.sameMeeting($0.name, name) }) {
                if !meetings[k].aliases.contains(name) { meetings[k].aliases.append(name) }
                continue
            }
            let sentence = article.sentence(containing: span.start) ?? span
            let sentenceText = t.string(sentence)
            var held = Self.holdingVerbs.contains { sentenceText.contains($0) } || rule == "meeting.event"
            var date: SimpleDate?
            var place: String?
            // The occasion of a speech printed in full (——在…会议上), dated on the line below it.
            if let occasion, occasion.contains(span) {
                held = true
                let below = Span(occasion.end, min(body, occasion.end + 20))
                date = article.mentions(of: .date).first { below.contains($0.span) && $0.value != nil }?.value.flatMap(SimpleDate.init(iso:))
            }
            if held && date == nil {
                let dates = article.mentions(of: .date).filter { sentence.contains($0.span) && $0.value != nil }
                if let d = dates.first(where: { $0.span.start > span.end && $0.span.start - span.end < 6 }) ?? dates.first(where: { $0.span.end <= span.start }) ?? dates.first {
                    date = d.value.flatMap(SimpleDate.init(iso:))
                }
                // An event happens where its own clause says (深入东丰县…调研), not where the sentence goes on to.
                place = self.place(in: article, sentence: rule == "meeting.event" ? span : sentence, near: span)
            }
            meetings.append(Meeting(name: name, date: date, place: place, series: MeetingNames.series(of: name), isMain: false, span: span, rule: rule))
        }
        // Main meeting: the first held one. A meeting the guests of a 会见 came to (景俊海会见参加…博览会的
        // 代表团) is not the article's: the 会见 is.
        let eventTexts = meetings.filter { $0.rule == "meeting.event" }.map { t.string($0.span) }
        // A meeting that is the subject of 召开 / 举行 / 开幕 (…工作会在长春召开) is the article's before
        // one only named earlier (围绕省第十二次党代会确定的…).
        // Where the article names a meeting: its first span and every later mention of the same name.
        func spans(of m: Meeting) -> [Span] {
            [m.span] + named.filter { $0.text == m.name && $0.span != m.span }.map(\.span)
        }
        func convened(_ m: Meeting) -> Bool {
            guard m.rule != "meeting.event" else { return false }
            return spans(of: m).contains { span in
                // 今日召开的十三届全国人大五次会议
                if ["召开的", "举行的"].contains(where: { span.start >= 3 && t.string(span.start - 3, span.start) == $0 }) { return true }
                var e = span.end
                while e < body && e - span.end < 14 && !"，。；：,\n".unicodeScalars.contains(t[e]) { e += 1 }
                let after = t.string(span.end, e)
                return !hailed(span) && ["召开", "举行", "开幕", "闭幕"].contains { after.contains($0) }
            }
        }
        // 迎接党的二十大胜利召开, 党的二十大召开之年: a congress hailed or awaited is not reported here.
        func hailed(_ span: Span) -> Bool {
            t.hasPrefix("胜利召开", at: span.end) || t.hasPrefix("召开之年", at: span.end)
                || ["迎接", "喜迎"].contains { span.start >= 2 && t.string(span.start - 2, span.start) == $0 }
        }
        func hailed(_ m: Meeting) -> Bool { spans(of: m).allSatisfy(hailed) }
        let convenedMain = occasion != nil ? nil
            : meetings.firstIndex { m in convened(m) && !eventTexts.contains(where: { $0.contains(m.name) }) }
        // 某某会议江苏代表团审议: the session is the setting of the delegation's review, which is the event.
        func setsAReview(_ m: Meeting) -> Bool { meetings.contains { $0.span.start == m.span.end && $0.name.hasSuffix("代表团审议") } }
        if let main = convenedMain ?? meetings.firstIndex(where: { m in
            if m.rule != "meeting.event" && eventTexts.contains(where: { $0.contains(m.name) }) || hailed(m) || setsAReview(m) { return false }
            let s = article.sentence(containing: m.span.start) ?? m.span
            let text = t.string(s)
            return m.rule == "meeting.event" || Self.holdingVerbs.contains { text.contains($0) } && m.date != nil
                || s.start < 80 && Self.holdingVerbs.contains { text.contains($0) }
                || occasion?.contains(m.span) == true
        }) {
            meetings[main].isMain = true
            if meetings[main].date == nil, let d = article.dateline?.date, d.isComplete { meetings[main].date = d }
            // 会前，景俊海、韩俊率领与会人员深入东丰县实地调研: an event before or after the meeting is on its day.
            for k in meetings.indices where k != main && meetings[k].rule == "meeting.event" && meetings[k].date == nil {
                let s = article.sentence(containing: meetings[k].span.start) ?? meetings[k].span
                if ["会前", "会后"].contains(where: { t.hasPrefix($0, at: s.start) }) { meetings[k].date = meetings[main].date }
            }
            // A symposium convened during a visit (主持召开座谈会) is on the visit's day.
            let unnamed = Set(bare.map(\.span))
            for k in meetings.indices where k != main && meetings[k].date == nil && unnamed.contains(meetings[k].span) && meetings[k].span.start > meetings[main].span.start {
                meetings[k].date = meetings[main].date
            }
        }
        // An article reporting a meeting it only calls 会议 (某某常委会召开会议，会议决定…): that meeting.
        if !meetings.contains(where: \.isMain), occasion == nil, let reported = Self.reportedMeeting(anaphora, in: article) {
            meetings.append(reported)
            meetings.sort { $0.span < $1.span }
        }
        // Aliases from the headline and anaphora.
        if let headline = article.headline {
            for alias in headlineMeetings(headline) {
                if let k = meetings.firstIndex(where: { MeetingNames.sameMeeting($0.name, alias) && $0.name != alias }) {
                    meetings[k].aliases.append(alias)
                }
            }
        }
        var a = article
        a.mentions.append(contentsOf: named)
        if let main = meetings.first(where: \.isMain) {
            for m in anaphora where m.span.start > main.span.start {
                a.mentions.append(Mention(kind: .meeting, span: m.span, text: m.text, name: main.name, rule: m.rule))
            }
        }
        a.meetings = meetings
        a.mentions.sort { $0.span < $1.span }
        return a
    }

}

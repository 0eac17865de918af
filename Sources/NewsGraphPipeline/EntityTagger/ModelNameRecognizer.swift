import NewsGraphModel

/// Adds the people (`person.model`) and bodies (`org.model`) the trained entity tagger finds where
/// no rule found them.
///
/// Runs after `PersonRecognizer`, over the spans `EntityTagging` kept; a person span becomes
/// a mention when the tagger's margin reaches `threshold`, it reads as a name (two to four Chinese
/// characters opening with no conjunction or preposition, or a transliteration joined by a middle
/// dot), and it overlaps no person, post, body, place, date or meeting found by the grammar. Then
/// a name found once on the page is found at its other occurrences (`person.known`), and the
/// other members of a `、` list most of whose members are people become people (`person.list`).
/// An organisation span becomes a mention when it overlaps no mention of the grammar (a place it
/// holds whole aside: 吉林省 in 吉林省政府), lies outside the dateline, and is no news outlet.
///
/// With `everything`, the tagger's persons, places and organisations are added as they are, with
/// no threshold or check (`newsgraph tag`). Example: in `会上，张三明、李四海先后发言。` the
/// tagger finds both names, which no post or attendance verb anchors.
public struct ModelNameRecognizer: PipelineComponent {
    public let name = "model-names"
    public let needs: Set<DocumentLayer> = [.sentences, .tagged]
    public let adds: Set<DocumentLayer> = [.persons]
    let model: EntityModel
    let lexicon: Lexicon
    let persons: PersonRecognizer
    let threshold: Double
    let everything: Bool

    /// The least margin a name needs (in the weights' units). A wrong attendee is worse than a
    /// missing one: on the development articles 20 costs 0.009 of recall for 0.004 of precision,
    /// and it keeps out phrases that read like names only to a model (a surname character opening
    /// a common phrase).
    public static let defaultThreshold = 20.0

    public init(lexicon: Lexicon, model: EntityModel, threshold: Double = ModelNameRecognizer.defaultThreshold, everything: Bool = false) {
        self.model = model
        self.lexicon = lexicon
        self.persons = PersonRecognizer(lexicon: lexicon)
        self.threshold = threshold
        self.everything = everything
    }

    static let kinds: [MentionKind] = [.person, .place, .organization]
    static let rules = ["person.model", "place.model", "org.model"]
    static let blocking: Set<MentionKind> = [.person, .title, .organization, .place, .date, .meeting]
    static let dots: Set<Unicode.Scalar> = ["·", "•", "・"]

    public func process(_ document: inout Document) throws {
        // Compute: the tagger's mentions of every article.
        let found = try document.articles.concurrentMap { tagged($0) }
        // Apply.
        var articles = document.articles
        var known: Set<String> = []
        if !everything {
            var gone: Set<String> = []
            for k in articles.indices {
                let (fixed, names) = reconciled(articles[k], with: found[k].names)
                articles[k] = fixed
                gone.formUnion(names)
            }
            for k in articles.indices {
                articles[k].mentions.removeAll { $0.kind == .person && $0.rule == "person.known" && gone.contains($0.name) }
            }
        }
        for k in articles.indices {
            var added = found[k].mentions.filter { m in !articles[k].mentions.contains { $0.kind == m.kind && $0.span.overlaps(m.span) } }
            articles[k].mentions.append(contentsOf: added)
            if !everything {
                let slots = postSlotNames(articles[k])
                articles[k].mentions.append(contentsOf: slots)
                let members = listMembers(articles[k])
                articles[k].mentions.append(contentsOf: members)
                added += slots + members
                articles[k].relations.append(contentsOf: added.filter { $0.kind == .person }.flatMap { posts(of: $0, in: articles[k]) })
            }
            for m in articles[k].mentions where m.kind == .person { known.insert(m.name) }
        }
        if !everything {
            let names = WordTrie(Array(known))
            for k in articles.indices {
                articles[k].mentions.append(contentsOf: persons.propagate(articles[k], known: names))
            }
        }
        for k in articles.indices { articles[k].mentions.sort { $0.span < $1.span } }
        document.articles = articles
        document.layers.insert(.persons)
    }

    /// The tagger's mentions in `article` that pass the checks, and all its names (for
    /// `reconciled`).
    func tagged(_ article: Article) -> (mentions: [Mention], names: [Span]) {
        let t = article.text
        var out: [Mention] = []
        var names: [Span] = []
        for e in article.tagged {
            let span = e.span
            if everything {
                let s = t.trimmingSpaces(span, minimum: 1)
                out.append(Mention(kind: Self.kinds[e.kind.rawValue], span: s, text: t.string(s), rule: Self.rules[e.kind.rawValue], score: e.margin))
                continue
            }
            if e.kind == .organization, let body = bodySpan(t, span, in: article), !out.contains(where: { $0.span.overlaps(body) }) {
                out.append(Mention(kind: .organization, span: body, text: t.string(body), rule: "org.model", score: e.margin))
                continue
            }
            guard e.kind == .person, e.margin >= threshold, let name = nameSpan(t, span) else { continue }
            names.append(name)
            guard !article.overlapsMention(name, kinds: Self.blocking),
                  !out.contains(where: { $0.span.overlaps(name) }) else { continue }
            out.append(Mention(kind: .person, span: name, text: t.string(name), rule: "person.model", score: e.margin))
        }
        return (out, names)
    }

    /// The name in a person span of the tagger: white space at its edges, a function word
    /// (`宋雨桐以…`) or the first character of a post (`王明副委员长`) at its end trimmed, nil when
    /// what is left does not read as a name.
    /// Verbs whose first character a tagger may take as a name's last (`name-final-verbs.txt`).
    static let nameFinalVerbs: [String] = GrammarWords.list("name-final-verbs.txt")

    func nameSpan(_ t: ScalarText, _ span: Span) -> Span? {
        var s = t.trimmingSpaces(span)
        // A name the tagger cut one character short of a list mark (李某|程，, 姜某|为、) is the whole
        // item: a third character that is no function word, and no verb unless 、 follows (a verb
        // takes an object, never a list mark).
        if s.length == 2, s.end + 1 < t.count, CharacterClass.isHan(t[s.end]), "、，,；;。".unicodeScalars.contains(t[s.end + 1]),
           !PersonRecognizer.functionInitials.contains(t[s.end]), t[s.end] != "等",
           t[s.end + 1] == "、" || !BoundaryWords.afterNameWord(at: s.end, in: t),
           lexicon.postHeads.longestMatch(in: t, at: s.end) == nil, readsAsName(t, Span(s.start, s.end + 1), listItem: true) {
            return Span(s.start, s.end + 1)
        }
        // A list item bounded by punctuation (…、王中和、…) is a whole name: its last character ends no word.
        // So is one closed by 、, which no verb or preposition at its end would be (任命姜某为、…).
        let bounded = s.length == 3 && s.end < t.count && "、，,；;。".unicodeScalars.contains(t[s.end])
            && (s.start > 0 && "、，,：:".unicodeScalars.contains(t[s.start - 1]) || t[s.end] == "、")
        while !bounded, s.length > 2, PersonRecognizer.functionInitials.contains(t[s.end - 1]) || lexicon.postHeads.longestMatch(in: t, at: s.end - 1) != nil
                || Self.nameFinalVerbs.contains(where: { t.hasPrefix($0, at: s.end - 1) }) {
            s = Span(s.start, s.end - 1)
        }
        return readsAsName(t, s, listItem: bounded) ? s : nil
    }

    /// Two to four Chinese characters not opening with a function word, or a transliteration
    /// of parts joined by a middle dot; never a doubled character (`殷殷`), an ordinary, place or
    /// organisation word (`word-classes.tsv`, the name model's common words), an outlet's name
    /// (`…日报`, `…网`), nor the start of a theory's name (`…新时代…思想`).
    func readsAsName(_ t: ScalarText, _ span: Span, listItem: Bool = false) -> Bool {
        let chars = Array(t.scalars[span.start..<span.end])
        if chars.contains(where: { Self.dots.contains($0) }) {
            return chars.count <= 16 && chars.allSatisfy { CharacterClass.isHan($0) || Self.dots.contains($0) }
                && !Self.dots.contains(chars.first!) && !Self.dots.contains(chars.last!)
        }
        guard (2...4).contains(chars.count), chars.allSatisfy(CharacterClass.isHan),
              !PersonRecognizer.functionInitials.contains(chars[0]), listItem || !PersonRecognizer.functionInitials.contains(chars.last!),
              !(chars.count == 2 && chars[0] == chars[1]) else { return false }
        if t.hasPrefix("新时代", at: span.end) { return false }
        let word = t.string(span)
        if model.features.named.contains(word) || model.features.words.contains(word) || lexicon.places.contains(word)
            || lexicon.orgNames.contains(word) || (lexicon.names.commonWord(word) ?? 0) >= 3 { return false }
        if word.hasSuffix("日报") || word.hasSuffix("网") || word.hasSuffix("报") { return false }
        // A word that starts before the span and runs into it (和林|格尔, 悉心|感悟): the span starts inside a word.
        for s in max(0, span.start - 3)..<span.start {
            for trie in [model.features.named, model.features.words] where trie.matches(in: t, startingAt: s).contains(where: { $0 > span.start }) {
                return false
            }
        }
        return true
    }

    /// Members of a `、` list that the grammar left out when most members are people already.
    func listMembers(_ article: Article) -> [Mention] {
        let t = article.text
        let people = article.mentions(of: .person)
        var out: [Mention] = []
        for sentence in article.sentences {
            // Items: maximal runs between 、 whose neighbours are people or short Han runs.
            var items: [Span] = []
            var s = sentence.start
            for i in sentence.start...sentence.end {
                if i == sentence.end || t[i] == "、" || t[i] == "，" || t[i] == "。" || t[i] == "；" {
                    items.append(Span(s, i))
                    s = i + 1
                }
            }
            // Runs of consecutive items joined by 、.
            var run: [Span] = []
            func flush() {
                defer { run = [] }
                guard run.count >= 3 else { return }
                let last = run.count - 1
                let named = run.indices.filter { k in
                    people.contains { $0.span == run[k] || (k == 0 && $0.span.end == run[k].end) || (k == last && $0.span.start == run[k].start) }
                }
                guard named.count * 2 > run.count else { return }
                for k in 1..<last where !named.contains(k) {
                    let item = run[k]
                    guard !people.contains(where: { $0.span.overlaps(item) }) else { continue }
                    // Between two named neighbours a rare surname is still a name (…、王思齐、谌贻琴、秦如培…).
                    let flanked = named.contains(k - 1) && named.contains(k + 1)
                    guard persons.isListName(t, item, article: article) || flanked && persons.isFlankedListName(t, item, article: article) else { continue }
                    out.append(Mention(kind: .person, span: item, text: t.string(item), rule: "person.list"))
                }
                // The first item after a verb that opens the list (补选甲、乙、丙为…): its name is the item's end.
                if !named.contains(0), named.contains(1), let first = persons.nameAfterListVerb(t, run[0], article: article),
                   !people.contains(where: { $0.span.overlaps(first) }) {
                    out.append(Mention(kind: .person, span: first, text: t.string(first), rule: "person.list"))
                }
            }
            for (k, item) in items.enumerated() {
                run.append(item)
                let joined = item.end < sentence.end && t[item.end] == "、"
                if !joined || k == items.count - 1 { flush() }
            }
        }
        return out
    }
}

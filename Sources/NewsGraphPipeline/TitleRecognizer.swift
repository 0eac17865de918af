import NewsGraphModel

/// Finds posts (titles): a post head from the lexicon (`副书记`, `省长`, `处长`) with the
/// organisation or place printed right before it (`省委` + `副书记`, `安徽省` + `副省长`).
///
/// When two units precede the head (`省社会保险局` + `失业保险处` + `处长`) the post is the head
/// alone and the units are the person's affiliation, unless the first is a Party committee and the
/// second its department (`省委` + `组织部` + `部长`, `市政府` + `新闻办` + `主任`), which print one body. Modifiers that belong to
/// the post (`post-modifiers.txt`: `常务`, `一级`) are part of it. `name` of a title mention is the post as
/// printed; `value` is the organisation part, if any; the rule says whether that part is a Party or
/// state organ (`title.organ+head`) or another body (`title.org+head`).
public struct TitleRecognizer: ArticleComponent {
    public let name = "titles"
    public let needs: Set<DocumentLayer> = [.organizations, .places]
    public let adds: Set<DocumentLayer> = [.titles]
    let lexicon: Lexicon
    /// The posts of credits (`记者`, `通讯员`, `credit-words.txt`), printed without their outlet.
    let creditHeads: Set<String>

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        creditHeads = lexicon.creditPosts()
    }

    /// Heads that are words of other things when followed by these characters (`委员会`, `代表团`).
    static let blockedContinuations: [String: [String]] = Dictionary(
        uniqueKeysWithValues: GrammarWords.pairs("title-blocked-continuations.tsv").map { head, next in
            (head, next.split(separator: " ").map(String.init))
        })

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var found: [Mention] = []
        var i = 0
        while i < t.count {
            guard let end = lexicon.postHeads.longestMatch(in: t, at: i) else { i += 1; continue }
            let head = t.string(i, end)
            if let blocked = Self.blockedContinuations[head], blocked.contains(where: { t.hasPrefix($0, at: end) }) {
                i += 1
                continue
            }
            // Inside an organisation name (`…委员会`) or a meeting word: not a post.
            if article.mentions.contains(where: { $0.kind == .organization && $0.span.start < i && $0.span.end > i && $0.span.end >= end }) {
                i += 1
                continue
            }
            // Modifiers that belong to the post: 常务 + 副部长, 一级 + 巡视员.
            var headStart = i
            while let m = lexicon.postModifiers.longestMatch(in: t, endingAt: headStart, floor: max(0, headStart - 4)) { headStart = m }
            var start = headStart
            var org: String?
            // A head that starts inside the body before it shares its characters: 中共中央政治局 + 政治局委员.
            if let unit = article.mentions.first(where: { $0.kind == .organization && $0.span.start < headStart && $0.span.end > headStart && $0.span.end < end }) {
                start = unit.span.start
                org = unit.name
            } else if let unit = article.mention(endingAt: headStart, kinds: [.organization, .place]) {
                let parent = article.mention(endingAt: unit.span.start, kinds: [.organization, .place])
                if parent == nil {
                    start = unit.span.start
                    org = unit.name
                } else if parent!.kind == .organization && unit.rule == "org.subunit" && (parent!.text.hasSuffix("委") || parent!.text.hasSuffix("政府")) {
                    // A Party committee's or a government's department is one body with it: 省委 + 组织部 + 部长,
                    // 市政府 + 新闻办 + 主任.
                    start = parent!.span.start
                    org = parent!.text + unit.text
                } else if parent!.kind == .organization && unit.kind == .organization && unit.text.unicodeScalars.count == 2
                            && unit.text.hasSuffix("委") {
                    // A party's local committee is one body with the party: 民盟 + 省委 + 副主委.
                    start = parent!.span.start
                    org = parent!.text + unit.text
                } else if parent!.kind == .place && unit.kind == .organization {
                    // A province before its body is part of the name: 陕西 + 省委 + 书记.
                    start = parent!.span.start
                    org = parent!.text + unit.text
                } else {
                    org = parent!.name
                }
            }
            // A mission abroad is the country's post: 某国 + 驻 + 沈阳 + 总领事.
            if org != nil, let country = stationedStart(t, before: start, in: article) {
                start = country
                org = t.string(country, headStart)
            }
            // A region abroad is printed with its country: 某国 + 某某州 + 州长.
            if let country = foreignRegionStart(t, before: headStart, in: article), country < start || org == nil {
                start = country
                org = t.string(country, headStart)
            }
            // A body named by its kind alone at the head of a chain item (，办事处党组成员) is printed with the post.
            if org == nil, let kind = bareBody(t, before: headStart) {
                start = kind
                org = t.string(kind, headStart)
            }
            // A credit is printed without its outlet: 某某日报记者 甲 is 甲, 记者.
            if creditHeads.contains(t.string(headStart, end)) {
                start = headStart
                org = nil
            }
            // A party before the local committee that holds the post: 民建 + 吉林省委 + 主委.
            if let committee = org, committee.hasSuffix("委"), let party = article.mention(endingAt: start, kinds: [.organization]),
               lexicon.orgNames.longestMatch(in: t, at: party.span.start) == party.span.end {
                start = party.span.start
                org = party.text + committee
            }
            found.append(Mention(kind: .title, span: Span(start, end), text: t.string(start, end), rule: rule(org: org, head: t.string(headStart, end)), value: org))
            i = end
        }
        var a = article
        a.mentions.append(contentsOf: Self.joined(found, in: t))
        return a
    }

    /// The rule of a post with organisation `org`: `title.head` without one (`title.role` for a head
    /// that alone names a role, `role-heads.txt`: 委员), `title.organ+head` when
    /// the organisation is a Party or state organ (`organ-suffixes.txt`: 省人民检察院 + 检察长), whose
    /// name is part of the post, and `title.org+head` for other bodies (伊利实业集团 + 总裁).
    func rule(org: String?, head: String) -> String {
        guard let org else { return lexicon.roleHeads.contains(head) ? "title.role" : "title.head" }
        let t = ScalarText(org)
        return lexicon.organSuffixes.longestMatch(in: t, endingAt: t.count, floor: 0) != nil ? "title.organ+head" : "title.org+head"
    }
}

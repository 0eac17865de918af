import NewsGraphModel

extension PersonRecognizer {
    /// Whether an item of a list between two named people reads as a name, whatever the name
    /// model thinks of its surname: two or three Chinese characters (four with a double surname)
    /// that are no ordinary word, place, body or post and overlap no other mention.
    ///
    /// Example: `谌贻琴` between `王思齐、` and `、秦如培`.
    func isFlankedListName(_ t: ScalarText, _ span: Span, article: Article) -> Bool {
        guard (2...3).contains(span.length) || span.length == 4 && lexicon.names.surnameLength(Array(t.scalars[span.start..<span.end])) == 2
        else { return false }
        let chars = Array(t.scalars[span.start..<span.end])
        guard chars.allSatisfy(CharacterClass.isHan), isName(chars), chars[0] != chars[1] else { return false }
        return !article.overlapsMention(span, kinds: [.organization, .place, .title, .date, .meeting])
    }

    /// The name at the end of a list's first item when a verb that opens a list of people
    /// (`list-verbs.txt`: 补选, 选举, 任命) ends right before it: `补选|于某某`.
    func nameAfterListVerb(_ t: ScalarText, _ item: Span, article: Article) -> Span? {
        for n in [3, 2] where item.length > n {
            let name = Span(item.end - n, item.end)
            guard Self.listVerbs.longestMatch(in: t, endingAt: name.start, floor: max(item.start, name.start - 4)) != nil,
                  isFlankedListName(t, name, article: article) else { continue }
            return name
        }
        return nil
    }

    /// Verbs that open a list of people (`补选`, `选举`, `任命`), `list-verbs.txt`.
    static let listVerbs = WordTrie(GrammarWords.list("list-verbs.txt"))

    /// Names right after a verb of appointment or election and before what they are given
    /// (`免去甲的…职务`, `任命乙为…`, `补选丙为…`): the verb, a name by the name model, then
    /// `的`, `为` or `同志` (`post-change-objects.txt`).
    ///
    /// Example: in `会议免去郑国栋的副秘书长职务` the name is 郑国栋.
    func namesAfterChangeVerbs(_ article: Article) -> [Span] {
        let t = article.text
        var out: [Span] = []
        for verb in Self.listVerbs.words {
            for o in t.occurrences(of: verb) {
                let p = o + verb.unicodeScalars.count
                guard let name = bestName(t, at: p, article: article, threshold: 0.5),
                      let object = Self.changeObjects.first(where: { t.hasPrefix($0, at: name.end) }) else { continue }
                // 任命甲、乙为…: what a list mark follows ends the name and is no object (任命郑某为、).
                let after = name.end + object.unicodeScalars.count
                if after < t.count, "、，,".unicodeScalars.contains(t[after]) { continue }
                out.append(name)
            }
        }
        return out.sorted { $0.start < $1.start }
    }

    /// What follows the name a post is given or taken from (`的`, `为`, `同志`), `post-change-objects.txt`.
    static let changeObjects: [String] = GrammarWords.list("post-change-objects.txt")

    /// Whether an item between two list marks, in a list of names that share a post, is a name the
    /// name model does not know: the item after it is a name, and the item itself could be one
    /// (`isFlankedListName`). Example: `尧某某` in `执行主席王某、尧某某、李某某出席`.
    func isSandwichedName(_ t: ScalarText, _ item: Span, article: Article) -> Bool {
        let e = item.end
        guard e < t.count, t[e] == "、", (2...3).contains(item.length) else { return false }
        var f = e + 1
        while f < t.count && CharacterClass.isHan(t[f]) && f - e <= 4 { f += 1 }
        return isListName(t, Span(e + 1, f), article: article) && isFlankedListName(t, item, article: article)
    }
}

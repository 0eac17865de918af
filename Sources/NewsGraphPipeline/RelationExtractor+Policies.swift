import NewsGraphModel

/// Who issued which policy and when, and which meeting carries a policy out, with the figures printed.
extension RelationExtractor {
    func policyRelations(_ article: Article) -> [Relation] {
        let t = article.text
        var out: [Relation] = []
        let main = article.meetings.first(where: \.isMain)
        for policy in article.mentions(of: .policy) {
            let ref = EntityRef(.policy, policy.name)
            guard let sentence = article.sentence(containing: policy.span.start) else { continue }
            let before = Span(sentence.start, policy.span.start)
            // Issued: 省人社厅、省社保局…于5月12日与6月10日出台了…政策.
            if let verb = Self.issueVerbs.compactMap({ t.occurrences(of: $0, in: before).last }).max() {
                var subjectEnd = verb
                for stop in ["按照", "根据", "会同", "先后", "于", "在"] {
                    if let o = t.occurrences(of: stop, in: Span(sentence.start, verb)).first { subjectEnd = min(subjectEnd, o) }
                }
                let issuers = article.mentions.filter {
                    $0.kind == .organization && $0.span.start >= sentence.start && $0.span.end <= subjectEnd
                        && Self.isNamedBody($0, in: article)
                }
                let dates = article.mentions(of: .date).filter { $0.span.start >= sentence.start && $0.span.end <= verb }
                    .compactMap { $0.value.flatMap(SimpleDate.init(iso:)) }
                for issuer in issuers {
                    if dates.isEmpty {
                        out.append(Relation(kind: .issued, subject: EntityRef(.organization, issuer.name), object: ref, evidence: sentence, rule: "policy.issued"))
                    }
                    for d in dates {
                        out.append(Relation(kind: .issued, subject: EntityRef(.organization, issuer.name), object: ref, evidence: sentence, rule: "policy.issued", date: d))
                    }
                }
            }
            // Implemented: a verb of carrying out right before the policy, in a meeting's article.
            let window = Span(max(sentence.start, policy.span.start - 6), policy.span.start)
            if Self.implementVerbs.contains(where: { !t.occurrences(of: $0, in: window).isEmpty }) {
                out.append(Relation(kind: .implements, subject: main?.ref, object: ref, evidence: sentence, rule: "policy.implemented",
                                    date: main?.date, detail: figures(in: t.string(sentence))))
            }
        }
        return out
    }

    /// Figures printed in a sentence (`6.7亿元`, `1500元`), for the policy trace.
    func figures(in sentence: String) -> String? {
        let t = ScalarText(sentence)
        var out: [String] = []
        var i = 0
        while i < t.count {
            guard CharacterClass.isDigit(t[i]) else { i += 1; continue }
            var e = i
            while e < t.count && (CharacterClass.isDigit(t[e]) || t[e] == ".") { e += 1 }
            var u = e
            while u < t.count && u - e < 3 && "万亿元户名人%个项".unicodeScalars.contains(t[u]) { u += 1 }
            if u > e, t.string(e, u).contains(where: { "元户名人%".contains($0) }) { out.append(t.string(i, u)) }
            i = max(u, i + 1)
        }
        return out.isEmpty ? nil : out.joined(separator: "、")
    }
}

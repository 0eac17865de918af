import NewsGraphModel

extension ModelNameRecognizer {
    /// Rules whose name boundaries the tagger may correct; bylines and signatures are printed
    /// apart from running text and stay as they are.
    static let correctable: Set<String> = ["person.title", "person.leader", "person.speech", "person.list"]

    /// Corrects the grammar's names by the tagger's: where one tagger name overlaps a name of a
    /// rule with other boundaries (`郑国` for `郑国栋`, `宋雨桐以` for `宋雨桐`), the tagger's boundaries
    /// win, in the mention and in its relations; a name before an honorific (`person.leader`) that
    /// the tagger does not see as a name and that holds a function word (`贺并在`) or an ordinary
    /// word is dropped (leaders the tagger never saw in training, such as rare surnames, stay). Returns the article and the
    /// names that no longer stand, whose further occurrences (`person.known`) go too.
    func reconciled(_ article: Article, with names: [Span]) -> (Article, Set<String>) {
        var a = article
        var gone: Set<String> = []
        var keep: [Mention] = []
        for m in a.mentions {
            guard m.kind == .person, Self.correctable.contains(m.rule) else { keep.append(m); continue }
            let overlapping = names.filter { $0.overlaps(m.span) }
            if overlapping.count == 1, let name = overlapping.first, name != m.span,
               !a.mentions.contains(where: { $0 != m && $0.kind == .person && $0.span.overlaps(name) }),
               !a.overlapsMention(name, kinds: [.title, .organization, .place, .date, .meeting]) {
                let text = a.text.string(name)
                var fixed = m
                fixed.span = name
                fixed.text = text
                fixed.name = text
                keep.append(fixed)
                gone.insert(m.name)
                a.relations = a.relations.map { r in
                    guard r.evidence.overlaps(m.span) else { return r }
                    var r = r
                    if r.subject?.kind == .person && r.subject?.name == m.name { r.subject?.name = text }
                    if r.object.kind == .person && r.object.name == m.name { r.object.name = text }
                    r.evidence = Span(min(r.evidence.start, name.start), max(r.evidence.end, name.end))
                    return r
                }
            } else if overlapping.isEmpty && m.rule == "person.leader" && !persons.isName(Array(m.text.unicodeScalars))
                        || overlapping.isEmpty && m.rule == "person.leader" && m.text.unicodeScalars.dropFirst().contains(where: PersonRecognizer.functionInitials.contains) {
                gone.insert(m.name)
                a.relations.removeAll { r in
                    r.evidence.overlaps(m.span) && (r.subject?.name == m.name || r.object.name == m.name)
                }
            } else {
                keep.append(m)
            }
        }
        a.mentions = keep
        return (a, gone)
    }
}

import NewsGraphModel

/// Finds posts printed right after a name, as a speaker is addressed (`请甲局长介绍情况`,
/// `甲主任表示`).
///
/// The post is a head alone (`title.head`: 局长, 主任), not one named with its body, and the name
/// and post must be closed by a sign or by a word that follows names, so that a name running on
/// into a word that merely begins like a post is left alone. Each gives a `holds_post` relation
/// with rule `person.post-after`. A role (`代表`, `委员`) is no post here: `甲代表省委致辞` says for
/// whom 甲 speaks.
///
/// Example: in `下面请王某某局长回答`, 王某某 holds 局长.
public struct PostAfterNameExtractor: ArticleComponent {
    public let name = "posts-after-names"
    public let needs: Set<DocumentLayer> = [.persons, .titles]
    public let adds: Set<DocumentLayer> = [.postsAfterNames]

    public init() {}

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        let t = article.text
        var out: [Relation] = []
        for person in article.mentions(of: .person) {
            guard let post = article.mentionIndex.starting(at: person.span.end, kinds: [.title]).max(by: { $0.span.length < $1.span.length }),
                  post.rule == "title.head" else { continue }
            let end = post.span.end
            guard end >= t.count || CharacterClass.isPunctuation(t[end]) || BoundaryWords.afterNameWord(at: end, in: t) else { continue }
            out.append(Relation(kind: .holdsPost, subject: EntityRef(.person, person.name), object: EntityRef(.post, post.name),
                                evidence: Span(person.span.start, end), rule: "person.post-after"))
        }
        var a = article
        a.relations.append(contentsOf: out)
        return a
    }
}

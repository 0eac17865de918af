import NewsGraphModel

/// Runs the trained entity tagger over every sentence of an article and keeps what it finds.
///
/// The tagger runs once, early; later components decide what its spans are worth: the seat of a
/// post (`PostSeatRecognizer`), a name no rule anchored (`ModelNameRecognizer`). Articles are tagged
/// on every core. Example: in `交通部副部长张三出席。` the tagger marks `交通部` as an organisation
/// and `张三` as a person.
public struct EntityTagging: ArticleComponent {
    public let name = "entity-tagging"
    public let needs: Set<DocumentLayer> = [.sentences]
    public let adds: Set<DocumentLayer> = [.tagged]
    let model: EntityModel

    public init(model: EntityModel) { self.model = model }

    public func annotate(_ article: Article, in document: Document) throws -> Article {
        var a = article
        a.tagged = entities(in: article)
        return a
    }

    /// The tagger's entities in `article`, sentence by sentence (the whole text when it has no sentences).
    func entities(in article: Article) -> [TaggedEntity] {
        let t = article.text
        var out: [TaggedEntity] = []
        let sentences = article.sentences.isEmpty ? [Span(0, t.count)] : article.sentences
        for sentence in sentences where sentence.length > 0 {
            let tagging = model.tag(ScalarText(scalars: Array(t.scalars[sentence.start..<sentence.end])))
            for e in tagging.entities {
                guard let kind = TaggedEntity.Kind(rawValue: e.type) else { continue }
                out.append(TaggedEntity(kind: kind, span: Span(sentence.start + e.start, sentence.start + e.end), margin: Double(e.margin)))
            }
        }
        return out
    }
}

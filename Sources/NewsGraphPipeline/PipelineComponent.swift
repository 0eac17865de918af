import NewsGraphModel

/// One stage of the pipeline: it declares the layers it needs and the layers it adds.
///
/// A component computes its results from the document as it is, then applies them in one step,
/// so a failure leaves the document untouched. `Pipeline` checks at construction that every
/// component's needs are met by the components before it.
public protocol PipelineComponent: Sendable {
    /// A short name, recorded as provenance in the rules of what the component adds.
    var name: String { get }
    var needs: Set<DocumentLayer> { get }
    var adds: Set<DocumentLayer> { get }
    func process(_ document: inout Document) throws
}

/// A component that annotates each article on its own (recognisers and extractors).
public protocol ArticleComponent: PipelineComponent {
    /// Computes what the component adds to `article`; `document` gives page-level context.
    func annotate(_ article: Article, in document: Document) throws -> Article
}

extension ArticleComponent {
    /// Annotates the articles on every core (each article on its own), in their order.
    public func process(_ document: inout Document) throws {
        let page = document
        let annotated = try document.articles.concurrentMap { try annotate($0, in: page) }
        document.articles = annotated
        document.layers.formUnion(adds)
    }
}

import NewsGraphModel

/// An ordered list of components that turns a raw page into articles with facts.
///
/// Example:
/// ```swift
/// let pipeline = try Pipeline.standard()
/// var document = try DocumentReader().read(path: "seeds/page.txt")
/// try pipeline.run(&document)
/// ```
public struct Pipeline: Sendable {
    public let components: [any PipelineComponent]

    /// Builds a pipeline, refusing one in which a component needs a layer no earlier one adds.
    public init(_ components: [any PipelineComponent]) throws {
        var have: Set<DocumentLayer> = [.raw]
        for c in components {
            let missing = c.needs.subtracting(have)
            guard missing.isEmpty else {
                throw NewsGraphError(.invalidArgument,
                    "pipeline component \(c.name) needs \(missing.map(\.rawValue).sorted()) which no earlier component adds")
            }
            have.formUnion(c.adds)
        }
        self.components = components
    }

    /// Runs every component in order.
    public func run(_ document: inout Document) throws {
        for c in components {
            try c.process(&document)
        }
    }

    /// The standard pipeline: normalise, split, recognise, extract.
    public static func standard(lexicon: Lexicon = .shared, modelThreshold: Double = ModelNameRecognizer.defaultThreshold) throws -> Pipeline {
        let model = try EntityModel(lexicon: lexicon)
        return try Pipeline([
            Normalizer(),
            ArticleSplitter(),
            LongArticleSplitter(),
            SentenceSplitter(),
            IssueDateResolver(),
            EntityTagging(model: model),
            RegionResolver(lexicon: lexicon),
            DateRecognizer(),
            PlaceRecognizer(lexicon: lexicon),
            OrganizationRecognizer(lexicon: lexicon),
            try OutletRecognizer(lexicon: lexicon),
            PostSeatRecognizer(lexicon: lexicon),
            TitleRecognizer(lexicon: lexicon),
            PersonRecognizer(lexicon: lexicon),
            CreditRecognizer(lexicon: lexicon),
            ModelNameRecognizer(lexicon: lexicon, model: model, threshold: modelThreshold),
            PostChangeExtractor(),
            PostAfterNameExtractor(),
            PolicyRecognizer(lexicon: lexicon),
            MeetingRecognizer(lexicon: lexicon),
            RelationExtractor(lexicon: lexicon),
            JurisdictionResolver(lexicon: lexicon),
        ])
    }

    /// The trained tagger over plain sentences (`newsgraph tag`): its persons, places and
    /// organisations as it finds them, offsets kept back to the line as given.
    public static func tagging(lexicon: Lexicon = .shared) throws -> Pipeline {
        let model = try EntityModel(lexicon: lexicon)
        return try Pipeline([
            Normalizer(), SingleArticle(), SentenceSplitter(), EntityTagging(model: model),
            ModelNameRecognizer(lexicon: lexicon, model: model, everything: true),
        ])
    }
}

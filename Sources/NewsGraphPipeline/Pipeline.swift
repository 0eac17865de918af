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
    public static func standard(lexicon: Lexicon = .shared) throws -> Pipeline {
        try Pipeline([
            Normalizer(),
            ArticleSplitter(),
            SentenceSplitter(),
            IssueDateResolver(),
            RegionResolver(lexicon: lexicon),
            DateRecognizer(),
            PlaceRecognizer(lexicon: lexicon),
            OrganizationRecognizer(lexicon: lexicon),
            TitleRecognizer(lexicon: lexicon),
            PersonRecognizer(lexicon: lexicon),
            PostChangeExtractor(),
            PolicyRecognizer(lexicon: lexicon),
            MeetingRecognizer(lexicon: lexicon),
            RelationExtractor(lexicon: lexicon),
        ])
    }

    /// The recognisers of people, organisations and places over plain sentences (`newsgraph tag`).
    /// Names are found by the sequence tagger (`person.model`) and the anchored rules (posts, lists,
    /// bylines) where it found none; the open scan runs only with a finite `scanThreshold`.
    public static func tagging(lexicon: Lexicon = .shared, scanThreshold: Double = Pipeline.taggingScanThreshold) throws -> Pipeline {
        try Pipeline([
            Normalizer(), SingleArticle(), SentenceSplitter(), IssueDateResolver(), DateRecognizer(),
            PlaceRecognizer(lexicon: lexicon), OrganizationRecognizer(lexicon: lexicon), TitleRecognizer(lexicon: lexicon),
            PersonRecognizer(lexicon: lexicon, scanThreshold: scanThreshold.isFinite ? scanThreshold : nil), PersonSequenceTagger(lexicon: lexicon),
        ])
    }

    /// The open-scan threshold for tagging plain sentences: off, as `person.model` replaces the scan
    /// (7 was the best threshold on the derivation half of example.dev before the model).
    public static let taggingScanThreshold = Double.infinity
}

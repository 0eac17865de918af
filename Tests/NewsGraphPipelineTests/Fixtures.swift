import Foundation
import NewsGraphModel
import NewsGraphPipeline

/// Paths of the real material the tests read: the seed page in the package, `../shared` beside it.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPage = packageRoot.appendingPathComponent("seeds/000_c5d73bdcbf217987.txt").path
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/index.jsonl").path) }
    static func corpus(_ relative: String) -> String { shared.appendingPathComponent("corpus/" + relative).path }

    /// A temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The document of a page after the standard pipeline.
    static func analysed(_ path: String, issue: IssueInfo = IssueInfo()) throws -> Document {
        var doc = try DocumentReader().read(path: path, issue: issue)
        try Pipeline.standard().run(&doc)
        return doc
    }

    /// The committed entity tagger, loaded once for the tests.
    static let model: EntityModel = try! EntityModel(lexicon: .shared)

    /// One plain sentence through the grammar of the standard pipeline, as a single article; with
    /// `model`, the trained tagger's names join them as in `Pipeline.standard`.
    static func sentence(_ text: String, issueDate: String = "2022-06-17", model: Bool = false) throws -> Article {
        var doc = Document(path: "<test>", contentHash: "", raw: ScalarText(text), encoding: "UTF-8",
                           issue: IssueInfo(date: SimpleDate(iso: issueDate), dateSource: .flag))
        var components: [any PipelineComponent] = [Normalizer(), SingleArticle(), SentenceSplitter(), IssueDateResolver(), DateRecognizer()]
        if model { components.append(EntityTagging(model: Self.model)) }
        components += [PlaceRecognizer(lexicon: .shared), OrganizationRecognizer(lexicon: .shared), try OutletRecognizer(lexicon: .shared)]
        if model { components.append(try PostSeatRecognizer(lexicon: .shared)) }
        components += [TitleRecognizer(lexicon: .shared), PersonRecognizer(lexicon: .shared)]
        if model { components.append(ModelNameRecognizer(lexicon: .shared, model: Self.model)) }
        components += [PostChangeExtractor(), PostAfterNameExtractor(), PolicyRecognizer(lexicon: .shared), MeetingRecognizer(lexicon: .shared), RelationExtractor(lexicon: .shared)]
        try Pipeline(components).run(&doc)
        return doc.articles[0]
    }
}

extension Article {
    func names(_ kind: MentionKind) -> [String] {
        var out: [String] = []
        for m in mentions(of: kind) where !out.contains(m.name) { out.append(m.name) }
        return out
    }

    func posts(of person: String) -> [String] {
        relations.filter { $0.kind == .holdsPost && $0.subject?.name == person }.map(\.object.name)
    }

    func role(_ kind: RelationKind) -> [String] {
        relations.filter { $0.kind == kind }.sorted { ($0.evidence.start, $0.ordinal ?? 0) < ($1.evidence.start, $1.ordinal ?? 0) }
            .compactMap(\.subject?.name)
    }
}

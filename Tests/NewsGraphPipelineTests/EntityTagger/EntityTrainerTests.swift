import Foundation
import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct EntityTrainerTests {
    static let features = EntityFeatures(named: ["东湖区"], words: ["会议", "参加", "工作"], postHeads: ["主任", "局长"],
                                         orgSuffixes: ["委员会", "局"], placeSuffixes: ["区", "市"])

    /// A small made-up corpus in BIO form.
    static let corpus = """
        刘 B-PER
        海 I-PER
        峰 I-PER
        说 O

        主 O
        任 O
        孙 B-PER
        明 I-PER
        参 O
        加 O
        会 O
        议 O

        东 B-LOC
        湖 I-LOC
        区 I-LOC
        水 B-ORG
        利 I-ORG
        局 I-ORG
        局 O
        长 O
        钱 B-PER
        立 I-PER
        说 O

        孙 B-PER
        明 I-PER
        在 O
        东 B-LOC
        湖 I-LOC
        区 I-LOC
        工 O
        作 O

        """

    static func sentences() throws -> [EntityTrainer.Sentence] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entity-trainer-\(UUID().uuidString).bio")
        try corpus.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try BIOCorpus.read(url.path)
    }

    static func trainSmall() throws -> EntityModel {
        EntityTrainer(epochs: 5, minCount: 1).train(try sentences(), features: features)
    }

    @Test func aModelLearnsItsTrainingSentences() throws {
        let model = try Self.trainSmall()
        for s in try Self.sentences() { #expect(model.tag(s.text).labels == s.labels, "\(s.text)") }
    }

    /// Training is exact: the same corpus and settings give the same bytes on every run and machine.
    @Test func trainingReproducesTheRecordedChecksum() throws {
        let first = try Self.trainSmall().data()
        let second = try Self.trainSmall().data()
        #expect(first == second)
        #expect(SHA256.hex([UInt8](first)) == Self.recordedChecksum)
    }

    static let recordedChecksum = "4f948ab30a3b397501e0c3e5755f77da7d60ae460d753f4fc65445b5ade8546e"

    @Test func unknownLabelsAreCompletedWithoutPersons() throws {
        var sentences = try Self.sentences()
        // The last sentence keeps its person but forgets its place.
        sentences[3].labels = sentences[3].labels.map { EntityLabel.type(of: $0) == 0 ? $0 : -1 }
        let model = EntityTrainer(epochs: 5, minCount: 1).train(sentences, features: Self.features)
        let text = ScalarText("孙明在东湖区工作")
        #expect(EntityLabel.spans(model.tag(text).labels).contains { $0.type == 0 && $0.start == 0 && $0.end == 2 })
    }
}

import Foundation
import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct BIOCorpusTests {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bio-\(UUID().uuidString).bio")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func sentencesAreSeparatedByBlankLines() throws {
        let path = try write("张 B-PER\n三 I-PER\n好 O\n\n北 B-LOC\n京 I-LOC\n")
        let s = try BIOCorpus.read(path)
        #expect(s.map(\.text.description) == ["张三好", "北京"])
        #expect(EntityLabel.spans(s[1].labels).map { [$0.type, $0.start, $0.end] } == [[1, 0, 2]])
    }

    @Test func namesOnlyForgetsPlacesAndOrganisations() throws {
        let path = try write("张 B-PER\n三 I-PER\n在 O\n北 B-LOC\n")
        let s = try BIOCorpus.read(path, namesOnly: true)
        #expect(s[0].labels.suffix(2) == [-1, -1])
        #expect(EntityLabel.type(of: s[0].labels[0]) == 0)
    }

    @Test func aMalformedLineIsNamed() throws {
        let path = try write("张 B-PER\n三I-PER\n")
        #expect(throws: NewsGraphError(.malformedCorpus, file: path, line: 2, "expected `character TAG`")) { try BIOCorpus.read(path) }
        let other = try write("张 X-PER\n")
        #expect(throws: NewsGraphError(.malformedCorpus, file: other, line: 1, "unknown tag X-PER")) { try BIOCorpus.read(other) }
    }

    @Test func sentencesOverlappingHeldOutOnesAreLeftOut() {
        func s(_ t: String) -> EntityTrainer.Sentence { EntityTrainer.Sentence(text: ScalarText(t), labels: [Int](repeating: 0, count: t.unicodeScalars.count)) }
        let held = [s("一二三四五六七八九十甲乙丙丁")]
        let kept = BIOCorpus.excluding(held, from: [s("一二三四五六七八九十甲乙丙丁戊"), s("完全不同的一个句子在这里出现")])
        #expect(kept.map(\.text.description) == ["完全不同的一个句子在这里出现"])
    }
}

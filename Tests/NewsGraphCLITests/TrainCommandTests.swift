import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("newsgraph train")
struct TrainCommandTests {
    @Test("trains on a BIO file, scores a held-out one, writes weights that tag, and gives the same bytes twice")
    func trainsAndWrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-train-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func bio(_ sentences: [(String, [String])]) -> String {
            sentences.map { text, tags in zip(text, tags).map { "\($0) \($1)\n" }.joined() }.joined(separator: "\n")
        }
        let per2 = ["B-PER", "I-PER", "O"], per3 = ["B-PER", "I-PER", "I-PER", "O", "O"]
        let corpus = folder.appendingPathComponent("train.bio")
        try bio([("郑国说", per2), ("宋雨桐发言", per3), ("周立说", per2), ("郑立新讲话", per3)]).write(to: corpus, atomically: true, encoding: .utf8)
        let heldOut = folder.appendingPathComponent("dev.bio")
        try bio([("宋国说", per2)]).write(to: heldOut, atomically: true, encoding: .utf8)
        var outputs: [Data] = []
        for n in 0..<2 {
            let out = folder.appendingPathComponent("w\(n).bin").path
            let run = try SeedGraph.execute(["train", "--corpus", corpus.path, "--held-out", heldOut.path, "--epochs", "3", "--min-count", "1", "-o", out])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("wrote \(out): "))
            #expect(run.stdout.contains("sha256 "))
            #expect(run.stderr.contains("epoch 3: "))
            #expect(run.stderr.contains("held out: PER "))
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].prefix(6) == Data("NGENT1".utf8))
    }

    @Test("--refresh-words writes the grammar's words beside the weights; without it no words file is written")
    func refreshWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-train-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("train.bio")
        try "郑 B-PER\n国 I-PER\n说 O\n".write(to: corpus, atomically: true, encoding: .utf8)
        let words = folder.appendingPathComponent("entity-tagger-words.tsv")
        let plain = try SeedGraph.execute(["train", "--corpus", corpus.path, "--epochs", "1", "-o", folder.appendingPathComponent("a.bin").path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!FileManager.default.fileExists(atPath: words.path))
        let fresh = try SeedGraph.execute(["train", "--corpus", corpus.path, "--epochs", "1", "--refresh-words", "-o", folder.appendingPathComponent("b.bin").path])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let text = try String(contentsOf: words, encoding: .utf8)
        #expect(text.contains("post-head\t副书记\n"))
        #expect(text.contains("org-suffix\t有限公司\n"))
        #expect(text.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("post-head\t") || $0.hasPrefix("org-suffix\t") || $0.hasPrefix("place-suffix\t") })
    }

    @Test("a malformed training file is named with its line")
    func malformedCorpus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-train-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("bad.bio")
        try "郑 B-PER\n国X-PER\n".write(to: corpus, atomically: true, encoding: .utf8)
        let run = try SeedGraph.execute(["train", "--corpus", corpus.path, "-o", folder.appendingPathComponent("w.bin").path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("\(corpus.path), line 2: malformed training corpus"), "\(run.stderr)")
    }
}

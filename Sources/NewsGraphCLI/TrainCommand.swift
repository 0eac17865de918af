import ArgumentParser
import Foundation
import NewsGraphModel
import NewsGraphPipeline

/// `newsgraph train`
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the person, place and organisation tagger on BIO corpora and write its weights.",
        discussion: """
            The committed weights (Sources/NewsGraphPipeline/Lexicons/entity-tagger.bin) were made with:
              newsgraph train --corpus ../shared/corpora/msra-ner/train.bio \\
                --names-from ../shared/corpora/pfr-1998-01/199801.bio \\
                --held-out ../shared/corpora/peoples-daily-ner/example.dev \\
                -o Sources/NewsGraphPipeline/Lexicons/entity-tagger.bin
            Training sentences that overlap a held-out one are left out; the held-out file is scored
            after each epoch. The same inputs give the same bytes. The features read the words listed in
            entity-tagger-words.tsv (the snapshot the weights were trained with); --refresh-words trains on
            the grammar's lexicons as they are now and writes a new snapshot beside the weights.
            """
    )

    @Option(name: .customLong("corpus"), help: "A BIO training file (`字 TAG` a line); repeat for more.")
    var corpora: [String] = []
    @Option(name: .customLong("names-from"), help: "A BIO file whose person names alone are learned (its places and organisations follow other conventions); repeat for more.")
    var nameCorpora: [String] = []
    @Option(help: "A BIO file to score after each epoch; training sentences that overlap it are left out.")
    var heldOut: String?
    @Option(help: "Passes over the training sentences.") var epochs = 20
    @Option(help: "Leave out features seen fewer times than this.") var minCount = 2
    @Option(name: .shortAndLong, help: "Where to write the weights.") var output: String
    @Flag(help: "Train on the words of the grammar's lexicons as they are now (post heads, organisation and place suffixes) and write them to entity-tagger-words.tsv beside the weights; without it the words the committed weights were trained with are used.")
    var refreshWords = false

    func run() throws {
        let started = Date()
        _ = try Lexicon.bundledDirectory() // a clear error, not a crash, without lexicons
        let features = refreshWords ? try EntityFeatures.current(.shared) : try EntityFeatures(lexicon: .shared)
        var sentences: [EntityTrainer.Sentence] = []
        for path in corpora {
            let read = try BIOCorpus.read(path)
            Terminal.error("train: \(path): \(read.count) sentences")
            sentences += read
        }
        for path in nameCorpora {
            let read = try BIOCorpus.read(path, namesOnly: true)
            Terminal.error("train: \(path): \(read.count) sentences, names only")
            sentences += read
        }
        var held: [EntityTrainer.Sentence] = []
        if let heldOut {
            held = try BIOCorpus.read(heldOut)
            let before = sentences.count
            sentences = BIOCorpus.excluding(held, from: sentences)
            Terminal.error("train: left out \(before - sentences.count) sentences that overlap \(heldOut)")
        }
        let characters = sentences.reduce(0) { $0 + $1.text.count }
        Terminal.error("train: \(sentences.count) sentences, \(characters) characters, \(epochs) epochs")
        let model = EntityTrainer(epochs: epochs, minCount: minCount).train(sentences, features: features) { epoch, model, mistakes in
            var line = "epoch \(epoch): \(mistakes) sentences corrected, \(String(format: "%.0f", Date().timeIntervalSince(started))) s"
            if !held.isEmpty { line += "; held out: " + Self.score(model, on: held).summary }
            Terminal.error(line)
        }
        let data = model.data()
        try data.write(to: URL(fileURLWithPath: output))
        if refreshWords {
            let words = URL(fileURLWithPath: output).deletingLastPathComponent().appendingPathComponent(EntityFeatures.wordsFile)
            try Data(features.wordsFileText().utf8).write(to: words)
            Terminal.error("train: wrote \(words.path)")
        }
        let stored = try EntityModel(data: data, features: features)
        var summary = "wrote \(output): \(data.count) bytes, \(stored.featureCount) features, sha256 \(SHA256.hex([UInt8](data)))"
        if !held.isEmpty { summary += "\nheld out (stored weights): " + Self.score(stored, on: held).summary }
        print(summary)
    }

    static func score(_ model: EntityModel, on sentences: [EntityTrainer.Sentence]) -> EntityScore {
        var score = EntityScore()
        for s in sentences { score.add(gold: s.labels, predicted: model.tag(s.text).labels) }
        return score
    }
}

import Foundation
import NewsGraphModel

/// Reads character-per-line BIO files (`字 B-PER`, a blank line between sentences) for training
/// and scoring the entity tagger.
///
/// The format of the MSRA, People's Daily NER and PFR-as-BIO corpora. A line's tag is what follows
/// its last space; a line holding only a tag stands for a space. Example: the lines `韩 B-PER`,
/// `俊 I-PER`, `说 O` are the sentence `韩俊说` labelled `B-PER E-PER O`.
public enum BIOCorpus {
    /// The sentences of the file at `path`; with `namesOnly`, only the person labels are kept and
    /// every other character's label is unknown (-1).
    public static func read(_ path: String, namesOnly: Bool = false) throws -> [EntityTrainer.Sentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError(.unreadable, file: path, "cannot read the training file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsGraphError(.undecodable, file: path, "training file is not UTF-8")
        }
        var out: [EntityTrainer.Sentence] = []
        var scalars: [Unicode.Scalar] = []
        var tags: [Substring] = []
        var lineNumber = 0
        func flush() {
            if !scalars.isEmpty {
                var labels = EntityLabel.labels(fromBIO: tags)
                if namesOnly { labels = labels.map { EntityLabel.type(of: $0) == 0 ? $0 : -1 } }
                out.append(EntityTrainer.Sentence(text: ScalarText(scalars: scalars), labels: labels))
            }
            scalars = []
            tags = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty { flush(); continue }
            guard let space = line.lastIndex(of: " ") else {
                throw NewsGraphError(.malformedCorpus, file: path, line: lineNumber, "expected `character TAG`")
            }
            let char = line[..<space]
            let tag = line[line.index(after: space)...]
            guard tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-") else {
                throw NewsGraphError(.malformedCorpus, file: path, line: lineNumber, "unknown tag \(tag)")
            }
            let us = char.unicodeScalars
            scalars.append(us.count == 1 ? us.first! : " ")
            tags.append(tag)
        }
        flush()
        return out
    }

    /// `sentences` less every one that shares half its 10-character shingles with `heldOut` (or
    /// lies inside or around one of them), so that a model is never trained on what scores it.
    public static func excluding(_ heldOut: [EntityTrainer.Sentence], from sentences: [EntityTrainer.Sentence]) -> [EntityTrainer.Sentence] {
        func shingles(_ s: ScalarText) -> [String] {
            let k = 10
            guard s.count > k else { return [s.description] }
            return (0...(s.count - k)).map { s.string($0, $0 + k) }
        }
        var held: Set<String> = []
        for s in heldOut { held.formUnion(shingles(s.text)) }
        return sentences.filter { s in
            let own = shingles(s.text)
            return own.filter { held.contains($0) }.count * 2 < own.count
        }
    }
}

import Foundation
import NewsGraphModel

/// The features of each character for the entity tagger, as 32-bit hashes.
///
/// For a character at `i`: the characters from `i-2` to `i+2`, the pairs among them, the pair
/// around it and the triple centred on it, the classes of the three centre characters, and what
/// the word lists say: the longest place/organisation word (`word-classes.tsv`, class N) and the
/// longest ordinary word (class W) starting or ending here, a post head (`post-heads.txt`) ending
/// right before or starting here, an organisation suffix (`org-suffixes.txt`) ending here, and an
/// administrative suffix (`place-suffixes.txt`) here. Digits count as one character `0`, full-width
/// letters and digits as ASCII, letters in lower case.
///
/// The same function serves training and tagging, so a model always sees the features it was
/// trained with. Example: in `国务院总理李鹏`, `李` carries `post head ends before` (总理).
public struct EntityFeatures: Sendable {
    let named: WordTrie
    let words: WordTrie
    let postHeads: WordTrie
    let orgSuffixes: WordTrie
    let placeSuffixes: Set<Unicode.Scalar>

    /// How many features each character has.
    public static let perCharacter = 22

    static let begin: UInt32 = 0x110000
    static let end: UInt32 = 0x110001

    public init(named: [String], words: [String], postHeads: [String], orgSuffixes: [String], placeSuffixes: [String]) {
        self.named = WordTrie(named)
        self.words = WordTrie(words)
        self.postHeads = WordTrie(postHeads)
        self.orgSuffixes = WordTrie(orgSuffixes)
        self.placeSuffixes = Set(placeSuffixes.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
    }

    /// The file beside the weights that lists the words the tagger's features were trained with.
    public static let wordsFile = "entity-tagger-words.tsv"

    /// The features the committed weights were trained with: the word classes of
    /// `word-classes.tsv` and the post heads, organisation and place suffixes of
    /// `entity-tagger-words.tsv`, a snapshot taken when the weights were trained, so that the
    /// grammar's lexicons can grow without changing what the tagger sees.
    public init(lexicon: Lexicon) throws {
        let url = lexicon.directory.appendingPathComponent(Self.wordsFile)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw NewsGraphError(.unreadable, file: url.path, "entity tagger words missing or not UTF-8; train with `newsgraph train --refresh-words`")
        }
        var lists: [String: [String]] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            guard cols.count == 2, ["post-head", "org-suffix", "place-suffix"].contains(cols[0]) else {
                throw NewsGraphError(.unreadable, file: url.path, "line \(number + 1): expected `post-head|org-suffix|place-suffix<TAB>word`")
            }
            lists[String(cols[0]), default: []].append(String(cols[1]))
        }
        let (named, words) = try Self.wordClasses(lexicon)
        self.init(named: named, words: words, postHeads: lists["post-head"] ?? [], orgSuffixes: lists["org-suffix"] ?? [],
                  placeSuffixes: lists["place-suffix"] ?? [])
    }

    /// The features of the grammar's lexicons as they are now (`post-heads.txt`,
    /// `org-suffixes.txt`, `place-suffixes.txt`), for training afresh.
    public static func current(_ lexicon: Lexicon) throws -> EntityFeatures {
        let (named, words) = try wordClasses(lexicon)
        return EntityFeatures(named: named, words: words, postHeads: Array(lexicon.postHeads.words),
                              orgSuffixes: Array(lexicon.orgSuffixes.words), placeSuffixes: Array(lexicon.placeSuffixes))
    }

    /// `entity-tagger-words.tsv` for these features: one `class<TAB>word` a line, sorted, the same bytes for the same words.
    public func wordsFileText() -> String {
        var out = "# The words the entity tagger's features were trained with (written by `newsgraph train --refresh-words`).\n"
        for (kind, list) in [("post-head", postHeads.words.sorted()), ("org-suffix", orgSuffixes.words.sorted()),
                             ("place-suffix", placeSuffixes.map { String($0) }.sorted())] {
            for w in list { out += kind + "\t" + w + "\n" }
        }
        return out
    }

    static func wordClasses(_ lexicon: Lexicon) throws -> (named: [String], words: [String]) {
        let url = lexicon.directory.appendingPathComponent("word-classes.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw NewsGraphError(.unreadable, file: url.path, "word classes missing or not UTF-8")
        }
        var named: [String] = [], words: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            guard cols.count >= 2 else { continue }
            if cols[1] == "N" { named.append(String(cols[0])) } else { words.append(String(cols[0])) }
        }
        return (named, words)
    }

    /// The character as the n-gram features see it.
    static func code(_ u: Unicode.Scalar) -> UInt32 {
        var v = u.value
        if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }
        if (0x30...0x39).contains(v) { return 0x30 }
        if (0x41...0x5A).contains(v) { return v + 0x20 }
        return v
    }

    /// The class of a character: Han, digit, Latin, Chinese numeral, space, punctuation or other.
    static func characterClass(_ u: Unicode.Scalar) -> UInt32 {
        if CharacterClass.isDigit(u) { return 1 }
        if CharacterClass.isLatin(u) { return 2 }
        if "〇一二三四五六七八九十百千万亿两零".unicodeScalars.contains(u) { return 3 }
        if CharacterClass.isHan(u) { return 0 }
        if CharacterClass.isSpace(u) { return 4 }
        if CharacterClass.isPunctuation(u) { return 5 }
        return 6
    }

    /// The features of every character of `text`, `perCharacter` for each, position by position.
    public func extract(_ text: ScalarText) -> [UInt32] {
        let n = text.count
        var codes = [UInt32](repeating: Self.begin, count: n + 4)
        var classes = [UInt32](repeating: 7, count: n + 2)
        for i in 0..<n {
            codes[i + 2] = Self.code(text[i])
            classes[i + 1] = Self.characterClass(text[i])
        }
        codes[n + 2] = Self.end
        codes[n + 3] = Self.end
        // Word-list look-ups, once per position.
        var namedStart = [UInt32](repeating: 0, count: n), namedEnd = [UInt32](repeating: 0, count: n)
        var wordStart = [UInt32](repeating: 0, count: n), wordEnd = [UInt32](repeating: 0, count: n)
        var postStart = [UInt32](repeating: 0, count: n), postEnd = [UInt32](repeating: 0, count: n)
        var orgEnd = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            if let e = named.longestMatch(in: text, at: i) {
                namedStart[i] = UInt32(min(e - i, 6))
                namedEnd[e - 1] = max(namedEnd[e - 1], UInt32(min(e - i, 6)))
            }
            if let e = words.longestMatch(in: text, at: i) {
                wordStart[i] = UInt32(min(e - i, 4))
                wordEnd[e - 1] = max(wordEnd[e - 1], UInt32(min(e - i, 4)))
            }
            if let e = postHeads.longestMatch(in: text, at: i) {
                postStart[i] = UInt32(min(e - i, 5))
                postEnd[e - 1] = max(postEnd[e - 1], UInt32(min(e - i, 5)))
            }
            if let s = orgSuffixes.longestMatch(in: text, endingAt: i + 1, floor: max(0, i + 1 - orgSuffixes.maxLength)) {
                orgEnd[i] = UInt32(min(i + 1 - s, 5))
            }
        }
        var out = [UInt32](repeating: 0, count: n * Self.perCharacter)
        for i in 0..<n {
            let c = i + 2   // index into codes
            let k = i + 1   // index into classes
            var f = i * Self.perCharacter
            func put(_ h: FeatureHash) { out[f] = h.value; f += 1 }
            put(FeatureHash(template: 0))
            put(FeatureHash(template: 1).adding(codes[c - 2]))
            put(FeatureHash(template: 2).adding(codes[c - 1]))
            put(FeatureHash(template: 3).adding(codes[c]))
            put(FeatureHash(template: 4).adding(codes[c + 1]))
            put(FeatureHash(template: 5).adding(codes[c + 2]))
            put(FeatureHash(template: 6).adding(codes[c - 2]).adding(codes[c - 1]))
            put(FeatureHash(template: 7).adding(codes[c - 1]).adding(codes[c]))
            put(FeatureHash(template: 8).adding(codes[c]).adding(codes[c + 1]))
            put(FeatureHash(template: 9).adding(codes[c + 1]).adding(codes[c + 2]))
            put(FeatureHash(template: 10).adding(codes[c - 1]).adding(codes[c + 1]))
            put(FeatureHash(template: 11).adding(codes[c - 1]).adding(codes[c]).adding(codes[c + 1]))
            put(FeatureHash(template: 12).adding(classes[k - 1]).adding(classes[k]).adding(classes[k + 1]))
            put(FeatureHash(template: 13).adding(namedStart[i]))
            put(FeatureHash(template: 14).adding(namedEnd[i]))
            put(FeatureHash(template: 15).adding(wordStart[i]))
            put(FeatureHash(template: 16).adding(wordEnd[i]))
            put(FeatureHash(template: 17).adding(i > 0 ? postEnd[i - 1] : 9).adding(postStart[i]))
            put(FeatureHash(template: 18).adding(i + 1 < n ? postStart[i + 1] : 9))
            put(FeatureHash(template: 19).adding(orgEnd[i]))
            put(FeatureHash(template: 20).adding(placeSuffixes.contains(text[i]) ? 1 : 0).adding(namedEnd[i] > 0 ? 1 : 0))
            put(FeatureHash(template: 21).adding(codes[c]).adding(i > 0 ? postEnd[i - 1] : 9))
        }
        return out
    }
}

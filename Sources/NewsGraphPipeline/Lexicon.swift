import Foundation
import NewsGraphModel

/// The word lists and statistics the recognisers read, loaded from `seeds/lexicons`.
///
/// Lexicons are plain text, one entry per line, `#` for comments, optional tab-separated
/// columns. They describe the language (post heads, organisation suffixes, meeting words,
/// place names) and never the people of any page. The name model's tables are derived by
/// `scripts/derive_name_model.py`.
public final class Lexicon: Sendable {
    public static let shared: Lexicon = {
        do { return try Lexicon(directory: nil) } catch { fatalError("lexicons missing from the bundle: \(error)") }
    }()

    public let postHeads: WordTrie
    /// Words before a head that belong to the post (`常务` in `常务副部长`).
    public let postModifiers: WordTrie
    public let orgSuffixes: WordTrie
    public let orgNames: WordTrie
    public let orgFullNames: [String: String]
    public let orgHeads: Set<String>
    /// Names of national bodies that open the full name of a local committee (`org-openers.txt`).
    public let orgOpeners: WordTrie
    /// Verbs of what hosts and guests said at a reception or a talk (`remark-verbs.txt`).
    public let remarkVerbs: WordTrie
    /// Heads that alone name a role, not a post (`role-heads.txt`: 代表, 委员).
    public let roleHeads: Set<String>
    /// Endings of the names of Party and state organs (`organ-suffixes.txt`).
    public let organSuffixes: WordTrie
    public let meetingWords: WordTrie
    public let places: WordTrie
    /// Countries and world regions (`countries.txt`), also in `places`.
    public let countries: Set<String>
    public let placeSuffixes: Set<String>
    /// Policy heads and their constraint (`quoted`, `one-off`, or empty).
    public let policyHeads: [String: String]
    public let policyHeadTrie: WordTrie
    public let names: NameModel
    /// Paper id → province.
    public let paperRegions: [String: String]
    /// Provinces and municipalities (the first 34 entries of places.txt).
    public let provinces: [String]
    /// Prefixes of national bodies and posts (`国务院`, `总书记`): a post starting so is national.
    public let nationalBodies: WordTrie
    /// One-character abbreviations of provinces → the province (`湘` → `湖南`).
    public let provinceAbbreviations: [Unicode.Scalar: String]
    /// Verbs of a visit that may follow an abbreviated province (`visit-verbs.txt`).
    public let visitVerbs: WordTrie
    /// City or prefecture → its province (`大连` → `辽宁`).
    public let placeProvinces: [String: String]
    /// The directory the lexicons were read from (PersonSequenceTagger reads its weights there).
    public let directory: URL

    /// Loads from `directory`, or from the installed copy of `seeds/lexicons` when nil.
    public init(directory: URL?) throws {
        let dir = try directory ?? Lexicon.bundledDirectory()
        self.directory = dir
        func lines(_ file: String) throws -> [[String]] { try Lexicon.rows(file, in: dir) }
        postHeads = WordTrie(try lines("post-heads.txt").map { $0[0] })
        postModifiers = WordTrie(try lines("post-modifiers.txt").map { $0[0] })
        orgSuffixes = WordTrie(try lines("org-suffixes.txt").map { $0[0] })
        let orgRows = try lines("org-names.txt")
        orgNames = WordTrie(orgRows.map { $0[0] })
        orgFullNames = Dictionary(orgRows.filter { $0.count > 1 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        orgHeads = Set(try lines("org-heads.txt").map { $0[0] })
        organSuffixes = WordTrie(try lines("organ-suffixes.txt").map { $0[0] })
        orgOpeners = WordTrie(try lines("org-openers.txt").map { $0[0] })
        roleHeads = Set(try lines("role-heads.txt").map { $0[0] })
        remarkVerbs = WordTrie(try lines("remark-verbs.txt").map { $0[0] })
        meetingWords = WordTrie(try lines("meeting-words.txt").map { $0[0] })
        places = WordTrie(try (lines("places.txt") + lines("countries.txt")).map { $0[0] })
        countries = Set(try lines("countries.txt").map { $0[0] })
        placeSuffixes = Set(try lines("place-suffixes.txt").map { $0[0] })
        paperRegions = Dictionary(try lines("papers.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        provinces = Array(try lines("places.txt").map { $0[0] }.prefix(34))
        nationalBodies = WordTrie(try lines("national-bodies.txt").map { $0[0] })
        provinceAbbreviations = Dictionary(try lines("province-abbreviations.tsv").filter { $0.count >= 2 && $0[0].unicodeScalars.count == 1 }
            .map { ($0[0].unicodeScalars.first!, $0[1]) }, uniquingKeysWith: { a, _ in a })
        visitVerbs = WordTrie(try lines("visit-verbs.txt").map { $0[0] })
        placeProvinces = Dictionary(try lines("place-provinces.tsv").filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                                    uniquingKeysWith: { a, _ in a })
        let policyRows = try lines("policy-heads.txt")
        policyHeads = Dictionary(policyRows.map { ($0[0], $0.count > 1 ? $0[1] : "") }, uniquingKeysWith: { a, _ in a })
        policyHeadTrie = WordTrie(policyRows.map { $0[0] })
        var model = try NameModel(
            surnames: lines("surnames.tsv"), givenChars: lines("given-chars.tsv"), background: lines("char-freq.tsv"),
            unseen: Self.unseen(dir.appendingPathComponent("surnames.tsv")),
            unseenGiven: Self.unseen(dir.appendingPathComponent("given-chars.tsv")),
            unseenBackground: Self.unseen(dir.appendingPathComponent("char-freq.tsv")))
        for row in try lines("common-words.tsv") where row.count >= 3 { model.commonWords[row[0]] = Double(row[2]) }
        let translitRows = try lines("translit-chars.tsv").filter { $0.count >= 2 }
        let translitTotal = Double(translitRows.reduce(0) { $0 + (Int($1[1]) ?? 0) })
        for row in translitRows {
            if let u = row[0].unicodeScalars.first, let c = Double(row[1]) { model.translit[u] = log((c + 1) / (translitTotal + 1)) }
        }
        names = model
    }

    /// The rows of `file` in `directory`: each line trimmed of white space, without blank lines and
    /// `#` comments, split at tabs; an error naming the file when it is missing or not UTF-8.
    static func rows(_ file: String, in directory: URL) throws -> [[String]] {
        let url = directory.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw NewsGraphError(.unreadable, file: url.path, "lexicon file missing or not UTF-8")
        }
        return text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingWhitespace()
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            return line.split(separator: "\t").map { String($0.trimmingWhitespace()) }
        }
    }

    /// A two-column file of the lexicon folder as a map from the first column to the second (empty
    /// when a line has one column).
    public func table(_ file: String) throws -> [String: String] {
        let url = directory.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw NewsGraphError(.unreadable, file: url.path, "lexicon file missing or not UTF-8")
        }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let key = cols.first, !key.isEmpty, out[key] == nil else { continue }
            out[key] = cols.count > 1 ? cols[1] : ""
        }
        return out
    }

    /// The lexicons shipped with the binary, found at run time (`ResourceLocator`), or an error
    /// saying where they were looked for.
    public static func bundledDirectory() throws -> URL {
        try ResourceLocator.folder("Lexicons", bundle: "NewsGraph_NewsGraphPipeline",
                                   source: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Lexicons"))
    }

    /// The `# unseen_logprob=` value of a derived table.
    private static func unseen(_ url: URL) -> Double {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return -12 }
        for line in text.split(separator: "\n") where line.hasPrefix("# unseen_logprob=") {
            return Double(line.dropFirst("# unseen_logprob=".count)) ?? -12
        }
        return -12
    }
}

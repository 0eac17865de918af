import Foundation
import NewsGraphModel

extension OrganizationRecognizer {
    /// Ordinary two-character words (`word-classes.tsv`, class `W`: 人民, 农民, 进行), read once.
    ///
    /// A short fixed name (民进, 民建) whose first character closes such a word with the character
    /// before it is inside that word, not a mention of the body (`人民进行…`, `人民建设…`).
    static let ordinaryPairs: Set<String> = {
        let url = (try? Lexicon.bundledDirectory())?.appendingPathComponent("word-classes.tsv")
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("word-classes.tsv missing from the bundled lexicons")
        }
        var out: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            if cols.count >= 2, cols[1] == "W", cols[0].unicodeScalars.count == 2 { out.insert(String(cols[0])) }
        }
        return out
    }()
}

import Foundation
import NewsGraphModel

/// The grammar's closed word classes (verbs, honorifics, stop words), read from `Lexicons/grammar/`.
///
/// Each file holds one entry a line, `#` comment lines at the top saying what the class is and who
/// reads it, and tab-separated columns where an entry has more than a word. Lists keep the file's
/// order, which matters where the recognisers take the first entry that matches. A file missing
/// from the bundle stops the program with a message naming it, as a missing lexicon does.
/// Whitespace and punctuation members of a class stay in Swift, beside the call that loads it.
enum GrammarWords {
    /// The folder of the grammar's word lists inside the bundled lexicons.
    static let folder = "grammar"

    /// The bundled `Lexicons/grammar/` folder.
    static var directory: URL {
        do { return try Lexicon.bundledDirectory().appendingPathComponent(folder) } catch {
            fatalError("grammar word lists missing from the bundle: \(error)")
        }
    }

    /// The entries of `file`, in file order.
    static func list(_ file: String) -> [String] { rows(file).map { $0[0] } }

    /// The entries of `file` as a set.
    static func set(_ file: String) -> Set<String> { Set(list(file)) }

    /// Every character of every entry of `file`.
    static func characters(_ file: String) -> Set<Unicode.Scalar> { Set(list(file).flatMap(\.unicodeScalars)) }

    /// The first two columns of `file`, in file order; a line with one column is an error.
    static func pairs(_ file: String) -> [(String, String)] {
        rows(file).map { row in
            guard row.count >= 2 else { fatalError("grammar word list \(file): `\(row[0])` has no second column") }
            return (row[0], row[1])
        }
    }

    /// The words of `file` with the whole number of their second column, in file order.
    static func offsets(_ file: String) -> [(String, Int)] {
        pairs(file).map { word, number in
            guard let n = Int(number) else { fatalError("grammar word list \(file): `\(number)` after `\(word)` is not a number") }
            return (word, n)
        }
    }

    /// The rows of a bundled file, or a stop naming it when it is missing.
    private static func rows(_ file: String) -> [[String]] {
        do { return try rows(file, in: directory) } catch { fatalError("grammar word list missing: \(error)") }
    }

    /// The rows of `file` in `directory`: its lines without comments and blank lines, split at tabs,
    /// or an error naming the file when it is missing or not UTF-8.
    static func rows(_ file: String, in directory: URL) throws -> [[String]] {
        try Lexicon.rows(file, in: directory)
    }
}

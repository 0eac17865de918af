import NewsGraphModel

/// A statistical model of Chinese personal names: surname and given-name character
/// probabilities against a background of ordinary text.
///
/// `score` is the log-odds that a string is a name rather than ordinary words; the tables are
/// derived from public word lists by `scripts/derive_name_model.py`. Example: `于小博` scores
/// above zero, `会议` far below.
public struct NameModel: Sendable {
    let surnames: [String: Double]
    let given: [Unicode.Scalar: Double]
    let background: [Unicode.Scalar: Double]
    let unseenSurname: Double
    let unseenGiven: Double
    let unseenBackground: Double
    /// log10 frequency of ordinary words that begin with a surname (`王国`, `高度`).
    var commonWords: [String: Double] = [:]
    /// log-probability of characters in transliterated and minority names (`克`, `林`, `顿`).
    var translit: [Unicode.Scalar: Double] = [:]

    init(surnames: [[String]], givenChars: [[String]], background: [[String]], unseen: Double, unseenGiven: Double,
         unseenBackground: Double) throws {
        var s: [String: Double] = [:]
        for row in surnames where row.count >= 3 { s[row[0]] = Double(row[2]) }
        var g: [Unicode.Scalar: Double] = [:]
        for row in givenChars where row.count >= 4 { if let u = row[0].unicodeScalars.first { g[u] = Double(row[3]) } }
        var b: [Unicode.Scalar: Double] = [:]
        for row in background where row.count >= 3 { if let u = row[0].unicodeScalars.first { b[u] = Double(row[2]) } }
        self.surnames = s
        self.given = g
        self.background = b
        unseenSurname = unseen
        self.unseenGiven = unseenGiven
        self.unseenBackground = unseenBackground
    }

    /// Log-odds that `name` is a transliterated name (every character typical of transliteration).
    public func translitScore(_ name: [Unicode.Scalar]) -> Double {
        var total = 0.0
        for u in name {
            guard let p = translit[u] else { return -50 }
            total += p - (background[u] ?? unseenBackground)
        }
        return total
    }

    /// How common `word` is as an ordinary word (log10 of its frequency), or nil.
    public func commonWord(_ word: String) -> Double? { commonWords[word] }

    /// The surname's log-probability, or nil when the string is not a known surname.
    public func surname(_ s: String) -> Double? { surnames[s] }

    public func isSurname(_ s: String) -> Bool { surnames[s] != nil }

    /// The surname length (1 or 2) at the start of `name`, preferring a compound surname.
    public func surnameLength(_ name: [Unicode.Scalar]) -> Int? {
        if name.count >= 3, surnames[String(String.UnicodeScalarView(name[0..<2]))] != nil { return 2 }
        if let f = name.first, surnames[String(f)] != nil { return 1 }
        return nil
    }

    /// Log-odds that `name` (2–4 characters) is a personal name.
    public func score(_ name: [Unicode.Scalar]) -> Double {
        guard name.count >= 2, name.count <= 4, name.allSatisfy(CharacterClass.isHan) else { return -50 }
        guard let sl = surnameLength(name) else { return -30 }
        let surnameString = String(String.UnicodeScalarView(name[0..<sl]))
        var total = surnames[surnameString] ?? unseenSurname
        for u in name[0..<sl] { total -= background[u] ?? unseenBackground }
        for u in name[sl...] {
            total += given[u] ?? unseenGiven
            total -= background[u] ?? unseenBackground
        }
        // Given names are one or two characters.
        let givenLength = name.count - sl
        if givenLength < 1 || givenLength > 2 { total -= 8 }
        return total
    }

    public func score(_ name: String) -> Double { score(Array(name.unicodeScalars)) }
}

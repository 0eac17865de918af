import COpenCC
import Foundation
import NewsGraphModel

/// Converts traditional Chinese characters to simplified ones with OpenCC (`t2s.json`).
///
/// Conversion keeps one character for one character, so offsets stay valid: when OpenCC's
/// phrase conversion changes a line's length, that line is converted character by character.
public final class ScriptConverter: @unchecked Sendable {
    public static let shared = ScriptConverter()

    private let handle: opencc_t?
    private let lock = NSLock()
    /// For every scalar of the Basic Multilingual Plane, whether OpenCC may change a line holding
    /// it (see `mayChange`).
    private var changeable: [Bool] = []

    /// Characters that OpenCC's `t2s` leaves alone on their own but changes inside one of its
    /// phrases (`TSPhrases`: 沈阳 stays, 沈默 → 沉默). Found by dumping OpenCC 1.1.6's
    /// dictionaries (`opencc_dict -i TSPhrases.ocd2 -f ocd2 -t text`) and keeping the characters
    /// a phrase changes that `TSCharacters` does not.
    static let phraseCharacters = "么俱彷沈牴瞭藉衹覆"

    /// Opens OpenCC's traditional-to-simplified configuration; without OpenCC, text passes unchanged.
    public convenience init(config: String = "t2s.json") {
        self.init(config: config, findsChangeable: true)
    }

    /// A converter for a few words at a time (a search query): opened without the table of the
    /// characters OpenCC may change, whose making (every Han character through OpenCC once) costs
    /// more than converting a short text outright. Its `simplified` sends every text holding a Han
    /// character to OpenCC, which gives what the table lets through unconverted unchanged.
    public static func forShortText(config: String = "t2s.json") -> ScriptConverter {
        ScriptConverter(config: config, findsChangeable: false)
    }

    private init(config: String, findsChangeable: Bool) {
        let h = opencc_open(config)
        handle = (h == nil || Int(bitPattern: h) == -1) ? nil : h
        if findsChangeable { changeable = findChangeable() }
    }

    /// Asks OpenCC once, for every Han character of the Basic Multilingual Plane (one a line),
    /// which ones it changes; those and `phraseCharacters` are the characters that make a line
    /// worth converting.
    private func findChangeable() -> [Bool] {
        guard handle != nil else { return [] }
        var table = [Bool](repeating: false, count: 0x10000)
        var input = String.UnicodeScalarView()
        var asked: [Unicode.Scalar] = []
        for value in UInt32(0x3400)...0xFFFF {
            guard let u = Unicode.Scalar(value), CharacterClass.isHan(u) else { continue }
            asked.append(u)
            input.append(u)
            input.append("\n")
        }
        let lines = convert(String(input)).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= asked.count else {
            // An answer that cannot be read line by line: every Han character may change.
            for u in asked { table[Int(u.value)] = true }
            return table
        }
        for (u, line) in zip(asked, lines) where line.unicodeScalars.count != 1 || line.unicodeScalars.first != u {
            table[Int(u.value)] = true
        }
        for u in Self.phraseCharacters.unicodeScalars { table[Int(u.value)] = true }
        return table
    }

    /// Whether OpenCC may change a line holding `u`: a Han character it changes alone or inside a
    /// phrase; any Han character beyond the Basic Multilingual Plane, where none was asked.
    @inline(__always) func mayChange(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x10000 ? changeable[Int(u.value)] : CharacterClass.isHan(u)
    }

    deinit {
        if let handle { opencc_close(handle) }
    }

    /// Whether OpenCC was found and opened.
    public var isAvailable: Bool { handle != nil }

    /// `scalars` in simplified characters, with exactly as many scalars as given.
    ///
    /// OpenCC only sees a line holding a character it may change (`mayChange`): most lines of a
    /// simplified page go through untouched, at the cost of a table look-up per character.
    /// Without the table (`forShortText`), every text goes to OpenCC.
    public func simplified(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard handle != nil, changeable.isEmpty || scalars.contains(where: mayChange) else { return Array(scalars) }
        return converted(scalars)
    }

    /// `scalars` through OpenCC whatever they hold (what `simplified` gives for a line it converts).
    func converted(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard handle != nil, scalars.contains(where: { CharacterClass.isHan($0) }) else { return Array(scalars) }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        let whole = Array(convert(String(s)).unicodeScalars)
        if whole.count == scalars.count { return whole }
        return scalars.map { u in
            guard CharacterClass.isHan(u) else { return u }
            let c = Array(convert(String(Character(u))).unicodeScalars)
            return c.count == 1 ? c[0] : u
        }
    }

    private func convert(_ text: String) -> String {
        guard let handle else { return text }
        lock.lock()
        defer { lock.unlock() }
        let utf8 = Array(text.utf8)
        return utf8.withUnsafeBufferPointer { buf -> String in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                guard let out = opencc_convert_utf8(handle, p, buf.count) else { return text }
                defer { opencc_convert_utf8_free(out) }
                return String(cString: out)
            }
        }
    }
}

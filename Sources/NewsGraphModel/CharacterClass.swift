/// Character classes used throughout the pipeline (CJK ideographs, punctuation, digits).
public enum CharacterClass {
    /// Whether `u` is a CJK unified ideograph (the Chinese characters of running text).
    public static func isHan(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// ASCII or full-width digit.
    public static func isDigit(_ u: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(u.value) || (0xFF10...0xFF19).contains(u.value)
    }

    /// Latin letter, ASCII or full-width.
    public static func isLatin(_ u: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value)
            || (0xFF21...0xFF3A).contains(u.value) || (0xFF41...0xFF5A).contains(u.value)
    }

    /// Horizontal white space, including the ideographic space and no-break space.
    public static func isSpace(_ u: Unicode.Scalar) -> Bool {
        u == " " || u == "\t" || u == "\u{3000}" || u == "\u{00A0}" || u == "\u{2002}" || u == "\u{2003}"
    }

    /// Punctuation that ends a sentence.
    public static let sentenceEnders: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", "…"]

    /// Closing quotes and brackets that may follow a sentence ender and belong to its sentence.
    public static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》", "\""]

    /// Punctuation of any kind that occurs inside running Chinese text.
    public static let punctuation: Set<Unicode.Scalar> = [
        "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "（", "）", "《", "》", "—", "…",
        "「", "」", "『", "』", "·", ",", ".", ";", ":", "?", "!", "(", ")", "\"", "'", "【", "】", "〈", "〉",
    ]

    public static func isPunctuation(_ u: Unicode.Scalar) -> Bool { punctuation.contains(u) }
}

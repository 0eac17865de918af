
/// Reads numbers written in digits or Chinese numerals (`14`, `十四`, `二十`, `第十一`).
public enum ChineseNumber {
    static let digits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Whether `u` can be part of a number.
    public static func isNumeral(_ u: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(u) || digits[u] != nil || u == "十" || u == "百"
    }

    /// The value of a run of numerals, or nil if it is not a number.
    public static func value(_ s: some Collection<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty else { return nil }
        if s.allSatisfy({ CharacterClass.isDigit($0) }) {
            return Int(String(String.UnicodeScalarView(s.map { u in
                u.value >= 0xFF10 ? Unicode.Scalar(u.value - 0xFF10 + 0x30)! : u
            })))
        }
        var total = 0
        var current = 0
        var sawUnit = false
        for u in s {
            if let d = digits[u] {
                current = current * 10 + d
            } else if u == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
                sawUnit = true
            } else if u == "百" {
                total += (current == 0 ? 1 : current) * 100
                current = 0
                sawUnit = true
            } else {
                return nil
            }
        }
        // `二〇二二` style years are digit strings without units.
        return sawUnit ? total + current : current
    }
}

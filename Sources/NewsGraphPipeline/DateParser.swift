import NewsGraphModel

/// Reads printed dates: `2022年6月16日`, `6月16日`, `五月九日`, and `2021-04-23` on web pages.
public enum DateParser {
    /// A number of numerals at `offset`: its value and end.
    static func number(_ text: ScalarText, at offset: Int, maxLength: Int = 4) -> (Int, Int)? {
        var i = offset
        while i < text.count && i - offset < maxLength && ChineseNumber.isNumeral(text[i]) { i += 1 }
        guard i > offset, let v = ChineseNumber.value(text.scalars[offset..<i]) else { return nil }
        return (v, i)
    }

    /// `M月D日` (or `M月D号`) at `offset`.
    public static func monthDay(_ text: ScalarText, at offset: Int) -> (SimpleDate, Int)? {
        guard let (m, afterM) = number(text, at: offset, maxLength: 3), (1...12).contains(m),
              afterM < text.count, text[afterM] == "月",
              let (d, afterD) = number(text, at: afterM + 1, maxLength: 3), (1...31).contains(d),
              afterD < text.count, text[afterD] == "日" || text[afterD] == "号"
        else { return nil }
        return (SimpleDate(year: nil, month: m, day: d), afterD + 1)
    }

    /// A full or partial date at `offset`: `YYYY年M月D日`, `M月D日`, or `YYYY-MM-DD`.
    public static func date(_ text: ScalarText, at offset: Int) -> (SimpleDate, Int)? {
        if let (y, afterY) = number(text, at: offset, maxLength: 4), (1949...2100).contains(y),
           afterY < text.count, text[afterY] == "年" {
            if let (md, end) = monthDay(text, at: afterY + 1) {
                return (SimpleDate(year: y, month: md.month, day: md.day), end)
            }
            return nil
        }
        // 2021-04-23 on web pages.
        if offset + 10 <= text.count {
            let s = text.string(offset, offset + 10)
            if let d = SimpleDate(iso: s), s.unicodeScalars.filter({ $0 == "-" }).count == 2,
               s.unicodeScalars.first.map(CharacterClass.isDigit) == true, (1949...2100).contains(d.year ?? 0) {
                return (d, offset + 10)
            }
        }
        return monthDay(text, at: offset)
    }
}

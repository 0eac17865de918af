import NewsGraphModel

/// Recognises an article's opening dateline and byline.
///
/// Grammar: AGENCY [PLACE] [M月D日] (讯|电) [（ROLE NAME[、NAME]…）]. Examples:
/// `本报讯（记者万双）`, `本报6月16日讯（记者于小博）`, `新华社北京6月16日电（记者 张三 李四）`,
/// `吉林日报4月22日讯(记者黄鹭)`.
public enum DatelineParser {
    static let agencies: [String] = GrammarWords.list("dateline-agencies.txt")
    static let roleWords: [String] = GrammarWords.list("dateline-roles.txt")

    /// Whether a dateline starts at the beginning of `text`.
    public static func matchesStart(_ text: ScalarText) -> Bool { parse(text, at: 0) != nil }

    /// Parses a dateline at `offset`.
    public static func parse(_ text: ScalarText, at offset: Int) -> Dateline? {
        var i = offset
        var agency: String?
        for a in agencies where text.hasPrefix(a, at: i) {
            agency = a
            i += a.unicodeScalars.count
            break
        }
        if agency == nil {
            // A paper's own name: up to six characters ending in 日报 / 晚报 / 报 / 台 / 网.
            var j = i
            while j < text.count && j - i < 8 && CharacterClass.isHan(text[j]) { j += 1 }
            let run = text.string(i, j)
            for suffix in ["日报", "晚报", "农村报", "电视台", "广播电视台"] {
                if let r = run.range(of: suffix), run.distance(from: run.startIndex, to: r.lowerBound) <= 6 {
                    let name = String(run[..<r.upperBound])
                    agency = name
                    i += name.unicodeScalars.count
                    break
                }
            }
        }
        guard let agency else { return nil }
        // Optional place (up to four characters) before the date or 讯/电.
        var place: String?
        var j = i
        while j < text.count && j - i < 5 && CharacterClass.isHan(text[j]) && text[j] != "讯" && text[j] != "电" { j += 1 }
        if j > i && j < text.count && CharacterClass.isDigit(text[j]) {
            place = text.string(i, j)
            i = j
        }
        var date: SimpleDate?
        if i < text.count && CharacterClass.isDigit(text[i]) {
            guard let (d, end) = DateParser.monthDay(text, at: i) else { return nil }
            date = d
            i = end
        }
        guard i < text.count, text[i] == "讯" || text[i] == "电" else { return nil }
        i += 1
        var reporters: [String] = []
        if i < text.count, text[i] == "（" || text[i] == "(" {
            var k = i + 1
            while k < text.count && k - i < 40 && text[k] != "）" && text[k] != ")" && text[k] != "\n" { k += 1 }
            if k < text.count, text[k] == "）" || text[k] == ")" {
                reporters = names(in: text.string(i + 1, k))
                i = k + 1
            }
        }
        return Dateline(text: text.string(offset, i), agency: agency, date: date, place: place, reporters: reporters,
                        span: Span(offset, i))
    }

    /// The names in a byline's parentheses: role words and separators removed.
    /// A name printed with a space between its two characters (`姜 璐`) is one name; the outlet
    /// before a role word (`宁夏日报记者`) is no name.
    static func names(in byline: String) -> [String] {
        var s = byline
        for r in roleWords { s = s.replacingOccurrences(of: r, with: " ") }
        let tokens = s.split(whereSeparator: { " 、,，/　".contains($0) }).map(String.init)
        var joined: [String] = []
        var k = 0
        while k < tokens.count {
            if tokens[k].unicodeScalars.count == 1, k + 1 < tokens.count, tokens[k + 1].unicodeScalars.count == 1 {
                joined.append(tokens[k] + tokens[k + 1])
                k += 2
                continue
            }
            joined.append(tokens[k])
            k += 1
        }
        return joined.filter { n in
            n.unicodeScalars.count >= 2 && n.unicodeScalars.count <= 4 && n.unicodeScalars.allSatisfy(CharacterClass.isHan)
                && !CreditRecognizer.outletEndings.contains(n.unicodeScalars.last!)
        }
    }
}

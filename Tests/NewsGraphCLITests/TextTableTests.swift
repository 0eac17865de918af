import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("TextTable")
struct TextTableTests {
    /// What `render` removed from each line before it trimmed without a regular expression.
    static func byPattern(_ line: String) -> String {
        line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    @Test("trimmedEnd removes what \\s+$ removes, line terminators and separators included")
    func trimmedEndMatchesThePattern() {
        let lines = ["", " ", "abc", "abc  ", "韩俊  主持", "韩俊\u{3000}\u{3000}", "a \t\r\n", "a \u{0B}", "a \u{85}", "a\u{85}",
                     "a \u{2028}", "a\u{2029} ", "a\u{A0}", "a \u{0C}", " a b ", "a\u{0301} ", "\u{85}", " \u{0B}", "a\u{1680}",
                     "a \u{1C}", "a\u{200B}", "a\u{FEFF}"]
        for line in lines {
            #expect(TextTable.trimmedEnd(line).unicodeScalars.elementsEqual(Self.byPattern(line).unicodeScalars),
                    "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("flattened shows line feeds as spaces exactly where Foundation's replacement does")
    func flattenedMatchesFoundation() {
        let texts = ["", "a", "a\nb", "a\r\nb", "\n\n", "会议\n韩俊", "e\u{301}\n", "a\n\u{301}b", "x\u{85}y", "\u{200D}\n", "\n"]
        for text in texts {
            #expect(TextTable.flattened(text).unicodeScalars.elementsEqual(text.replacingOccurrences(of: "\n", with: " ").unicodeScalars),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("a rendered table has no trailing blanks and keeps its columns")
    func render() {
        var table = TextTable(header: ["role", "name", "evidence"])
        table.add(["presided", "韩俊", ""])
        table.add(["attended", "", ""])
        let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == ["role      name  evidence", "────────  ────  ────────", "presided  韩俊", "attended"])
    }

    /// The cut as `truncated` made it before `fitted`: measured whole, then read again up to the cut.
    static func cutInTwoPasses(_ s: String, to width: Int) -> String {
        let flat = TextTable.flattened(s)
        guard TextTable.displayWidth(flat) > width else { return flat }
        var out = String.UnicodeScalarView()
        var w = 0
        for u in flat.unicodeScalars {
            let cw = TextTable.width(of: u)
            if w + cw > width - 1 { break }
            out.append(u)
            w += cw
        }
        return String(out) + "…"
    }

    @Test("fitted cuts as measuring the whole text did, and gives the width of what it returns")
    func fittedMatchesTwoPasses() {
        let texts = ["", "a", "abcd", "abcde", "韩俊", "韩俊主持", "韩俊主持会议", "a韩b俊c", "e\u{301}e\u{301}e\u{301}", "韩\u{200B}俊\u{200B}",
                     "会议\n韩俊主持召开", "ab\u{0}cd", String(repeating: "千亿斤粮食", count: 20), "x\u{1F600}y韩"]
        for text in texts {
            for width in [0, 1, 2, 3, 4, 5, 6, 8, 48, Int.max] {
                let fitted = TextTable.fitted(text, to: width)
                #expect(fitted.text.unicodeScalars.elementsEqual(Self.cutInTwoPasses(text, to: width).unicodeScalars),
                        "\(text) at \(width)")
                #expect(fitted.width == TextTable.displayWidth(fitted.text), "\(text) at \(width)")
            }
        }
    }
}

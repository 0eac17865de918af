import NewsGraphModel

/// Names credited at the end of an article or in its credit lines (reporters, editors, photographers).
extension PersonRecognizer {
    /// Names in credit lines after the body: `编辑: 郭龙`, `邹乃硕 摄`, `… 郭龙 3361358`.
    /// Names credited in brackets after the last sentence of a paragraph: `。(记者 黄鹭)`, `。（黄鹭）`,
    /// each with the 记者 title when it is printed.
    func closingCredits(_ article: Article) -> [(Span, Mention?)] {
        let t = article.text
        var out: [(Span, Mention?)] = []
        for o in t.occurrences(of: "(", in: Span(0, article.bodyLength)) + t.occurrences(of: "（", in: Span(0, article.bodyLength)) {
            guard o > 0, "。！？”".unicodeScalars.contains(t[o - 1]) else { continue }
            var e = o + 1
            while e < article.bodyLength && e - o <= 16 && t[e] != ")" && t[e] != "）" && t[e] != "\n" { e += 1 }
            guard e < article.bodyLength, t[e] == ")" || t[e] == "）", e + 1 >= article.bodyLength || t[e + 1] == "\n" else { continue }
            var k = o + 1
            var title: Mention?
            if t.hasPrefix("记者", at: k) {
                title = Mention(kind: .title, span: Span(k, k + 2), text: "记者", rule: "title.credit")
                k += 2
            }
            // Names separated by spaces or 、 (记者 张三 李四).
            var names: [Span] = []
            while k < e {
                while k < e && (t[k] == " " || t[k] == "\u{3000}" || t[k] == "、") { k += 1 }
                var b = k
                while b < e && CharacterClass.isHan(t[b]) { b += 1 }
                guard b > k else { break }
                names.append(Span(k, b))
                k = b
            }
            guard k >= e, !names.isEmpty, names.allSatisfy({ isListName(t, $0, article: article) }) else { continue }
            out += names.map { ($0, title) }
        }
        return out
    }

    func creditNames(_ article: Article) -> [(Span, Mention?)] {
        let t = article.text
        var out: [(Span, Mention?)] = []
        var lineStart = article.bodyLength
        while lineStart < t.count {
            var lineEnd = lineStart
            while lineEnd < t.count && t[lineEnd] != "\n" { lineEnd += 1 }
            let line = t.string(lineStart, lineEnd)
            func hanRun(from s: Int) -> Span? {
                var a = s
                while a < lineEnd && !CharacterClass.isHan(t[a]) { a += 1 }
                var b = a
                while b < lineEnd && CharacterClass.isHan(t[b]) { b += 1 }
                return b - a >= 2 && b - a <= 4 ? Span(a, b) : nil
            }
            // 来源:黄鹭/文 邹乃硕/摄
            for (marker, role) in [("/文", "记者"), ("/摄", "")] {
                for o in t.occurrences(of: marker, in: Span(lineStart, lineEnd)) {
                    var s = o
                    while s > lineStart && CharacterClass.isHan(t[s - 1]) && o - s < 3 { s -= 1 }
                    if o - s >= 2 {
                        out.append((Span(s, o), role.isEmpty ? nil : Mention(kind: .title, span: Span(o, o + 2), text: role, rule: "title.credit")))
                    }
                }
            }
            // 来源: 某某日报客户端  甲乙 丙丁: the reporters printed after the outlet of a source line.
            out += sourceLineNames(t, Span(lineStart, lineEnd)).map { ($0, nil) }
            // 编辑: 郭龙, and 来源:吉林日报责编:冯雅君 with the credit inside the line.
            for prefix in ["责任编辑", "责编", "编辑", "审核", "校对"] {
                guard let o = t.occurrences(of: prefix, in: Span(lineStart, lineEnd)).first else { continue }
                let after = o + prefix.unicodeScalars.count
                guard after < lineEnd, ":：] 】".unicodeScalars.contains(t[after]) else { continue }
                if let span = hanRun(from: after), span.length <= 3 {
                    out.append((span, Mention(kind: .title, span: Span(o, after), text: prefix, rule: "title.credit")))
                }
                break
            }
            if line.hasSuffix("摄") || line.hasSuffix("摄）") || line.hasSuffix("摄)") {
                var e = lineEnd
                while e > lineStart && !CharacterClass.isHan(t[e - 1]) { e -= 1 }
                e -= 1  // 摄
                while e > lineStart && t[e - 1] == " " { e -= 1 }
                var s = e
                while s > lineStart && CharacterClass.isHan(t[s - 1]) && e - s < 3 { s -= 1 }
                let chars = Array(t.scalars[s..<e])
                if e - s >= 2, isName(chars), lexicon.names.score(chars) > -2 { out.append((Span(s, e), nil)) }
            }
            // Page title: … NAME 3361358
            // Page title: … 郭龙 3361358 (the editor's name before the article number).
            var d = lineEnd
            while d > lineStart && CharacterClass.isDigit(t[d - 1]) { d -= 1 }
            if lineEnd - d >= 5 {
                var e = d
                while e > lineStart && t[e - 1] == " " { e -= 1 }
                var s = e
                while s > lineStart && CharacterClass.isHan(t[s - 1]) && e - s < 4 { s -= 1 }
                let chars = Array(t.scalars[s..<e])
                if (2...3).contains(chars.count), s == lineStart || t[s - 1] == " ", isName(chars), lexicon.names.score(chars) > -2 {
                    out.append((Span(s, e), nil))
                }
            }
            lineStart = lineEnd + 1
        }
        return out
    }
}

extension PersonRecognizer {
    /// The names after the outlet of a source line (`来源: 某某日报客户端  甲乙 丙丁 戊己`): after `来源`
    /// and a colon, the outlet, then two to five words of two or three characters separated by spaces,
    /// each read as a name, and nothing else on the line.
    func sourceLineNames(_ t: ScalarText, _ line: Span) -> [Span] {
        let text = t.string(line)
        guard let colon = ["来源:", "来源："].lazy.compactMap({ text.range(of: $0) }).first else { return [] }
        let after = text[colon.upperBound...]
        let words = after.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard words.count >= 2 else { return [] }
        let names = words.dropFirst()
        guard (1...5).contains(names.count), names.allSatisfy({ (2...3).contains($0.count) && $0.unicodeScalars.allSatisfy(CharacterClass.isHan) }),
              names.allSatisfy({ isName(Array($0.unicodeScalars)) && lexicon.names.score(Array($0.unicodeScalars)) > -1 }) else { return [] }
        // Offsets of each name on the line, in order.
        var out: [Span] = []
        var from = line.start
        for name in names {
            guard let o = t.occurrences(of: String(name), in: Span(from, line.end)).first else { return [] }
            out.append(Span(o, o + name.unicodeScalars.count))
            from = o + name.unicodeScalars.count
        }
        return out
    }
}

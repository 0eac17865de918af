import NewsGraphModel

extension Article {
    /// The first line of the body when the article is a speech or report printed in full: its
    /// occasion (`——在政协吉林省第十三届委员会第一次会议上`), which `ArticleSplitter` moves from the
    /// heading to the top of the body, with the date and the speaker's name on the lines below.
    var occasionLine: Span? {
        guard text.hasPrefix("——在", at: 0) else { return nil }
        var e = 0
        while e < bodyLength && text[e] != "\n" { e += 1 }
        return Span(0, e)
    }

    /// The line that names the speaker of a speech or report printed in full: after the occasion line
    /// and an optional date line in brackets (`（2023年1月14日）`).
    var signatureLine: Span? {
        guard let occasion = occasionLine else { return nil }
        var lines: [Span] = []
        var start = occasion.end + 1
        var k = start
        while k <= bodyLength && lines.count < 2 {
            if k == bodyLength || text[k] == "\n" {
                if k > start { lines.append(Span(start, k)) }
                start = k + 1
            }
            k += 1
        }
        guard let first = lines.first else { return nil }
        if let mark = text.string(first).first, "（(".contains(mark) { return lines.count > 1 ? lines[1] : nil }
        return first
    }
}

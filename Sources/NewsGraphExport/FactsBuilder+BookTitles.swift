import NewsGraphModel

extension FactsBuilder {
    /// The spans (in Unicode scalars) of the titles in 《》 of `text`, marks included.
    ///
    /// A title nests titles in 〈〉 or 《》; the outermost pair is the title. An unclosed mark ends
    /// at the end of its line.
    ///
    /// Example: in `通过了《某某省人民政府关于…的决定》。` the span runs from 《 to 》.
    static func bookTitleSpans(_ text: String) -> [Span] {
        var out: [Span] = []
        var depth = 0
        var start = 0
        for (i, u) in text.unicodeScalars.enumerated() {
            switch u {
            case "《":
                if depth == 0 { start = i }
                depth += 1
            case "》" where depth > 0:
                depth -= 1
                if depth == 0 { out.append(Span(start, i + 1)) }
            case "\n" where depth > 0:
                out.append(Span(start, i))
                depth = 0
            default:
                break
            }
        }
        return out
    }
}

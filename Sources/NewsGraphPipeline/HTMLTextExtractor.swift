import NewsGraphModel

/// Turns an HTML page into plain text lines, dropping scripts, styles and tags.
///
/// Block elements (`p`, `div`, `br`, `li`, `h1`…) become line breaks; entities are decoded.
/// The result is plain text that the reflow and furniture rules read like any web page text.
public struct HTMLTextExtractor: Sendable {
    public init() {}

    /// Whether `text` looks like HTML rather than a plain text page.
    public static func looksLikeHTML(_ text: String, path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
        // A text page that merely mentions a tag (“网页以<html>开头”) is text: the markup must open
        // the file, after white space, a comment or an XML declaration.
        var head = Substring(text.prefix(2048).lowercased())
        while true {
            head = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if head.hasPrefix("<?xml"), let end = head.range(of: "?>") { head = head[end.upperBound...]; continue }
            if head.hasPrefix("<!--"), let end = head.range(of: "-->") { head = head[end.upperBound...]; continue }
            break
        }
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "title", "dd", "dt", "blockquote", "hr",
    ]
    private static let entities: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "middot": "·", "mdash": "—", "hellip": "…", "ensp": " ", "emsp": " ",
    ]

    public func text(fromHTML html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var skipUntil: String?
        while i < s.count {
            let u = s[i]
            if u == "<" {
                var j = i + 1
                while j < s.count && s[j] != ">" { j += 1 }
                let inner = String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)])).lowercased()
                if inner.hasPrefix("!--") {
                    // Comment: skip to -->.
                    var k = i + 4
                    while k + 2 < s.count && !(s[k] == "-" && s[k + 1] == "-" && s[k + 2] == ">") { k += 1 }
                    i = k + 3
                    continue
                }
                let closing = inner.hasPrefix("/")
                let name = String(inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                if let until = skipUntil {
                    if closing && name == until { skipUntil = nil }
                } else if !closing && (name == "script" || name == "style" || name == "noscript") {
                    skipUntil = name
                } else if Self.blockTags.contains(name) {
                    out.append("\n")
                }
                i = j + 1
                continue
            }
            if skipUntil != nil { i += 1; continue }
            if u == "&" {
                var j = i + 1
                while j < s.count && j - i < 10 && s[j] != ";" { j += 1 }
                if j < s.count && s[j] == ";" {
                    let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                    if let rep = Self.entities[name] { out.append(contentsOf: rep.unicodeScalars); i = j + 1; continue }
                    if name.hasPrefix("#") {
                        let num = name.dropFirst()
                        let value = num.hasPrefix("x") || num.hasPrefix("X") ? UInt32(num.dropFirst(), radix: 16) : UInt32(num)
                        if let value, let scalar = Unicode.Scalar(value) { out.append(scalar); i = j + 1; continue }
                    }
                }
            }
            out.append(u == "\r" || u == "\n" || u == "\t" ? " " : u)
            i += 1
        }
        // Collapse runs of spaces and blank lines.
        let lines = String(out).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        var result: [String] = []
        for line in lines where !(line.isEmpty && (result.last?.isEmpty ?? true)) {
            result.append(line)
        }
        return result.joined(separator: "\n")
    }
}

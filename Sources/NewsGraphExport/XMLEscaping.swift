/// Text made safe for XML 1.0 documents: the GraphML and GEXF writers' one escaping routine.
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage return become
/// character references (`&#10;`), so that a line break inside an attribute value survives
/// attribute-value normalisation; every other character XML 1.0 forbids (C0 controls, lone
/// surrogates cannot occur in a Swift string, U+FFFE and U+FFFF) is dropped. Chinese and all
/// other text is kept as UTF-8.
///
/// ```swift
/// XMLEscaping.escaped("<a href=\"x\">&</a>")  // "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
/// ```
public enum XMLEscaping {
    /// `text` escaped for element content and for attribute values in double or single quotes.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

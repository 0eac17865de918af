extension DOTWriter {
    /// A string as a DOT double-quoted string, quotes included.
    ///
    /// Backslashes and double quotes are escaped, line breaks (`\n`, U+2028, U+2029) become
    /// DOT's centred line break `\n`, carriage returns and other control characters (except
    /// tab) are dropped, and everything else — Chinese included — is kept as UTF-8. Escaping
    /// the backslash also keeps Graphviz's own escapes (`\N`, `\l`, `\G`) out of user text.
    ///
    /// ```swift
    /// DOTWriter.quoted("a\"b\\c\nline 2")  // "a\"b\\c\nline 2", with the quotes
    /// ```
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\u{2028}", "\u{2029}": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// A number as DOT writes it: no exponent, no trailing `.0` (`2.5`, `1`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Text for an HTML-like label: `&`, `<`, `>` and `"` as entities, line breaks dropped.
    static func htmlEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

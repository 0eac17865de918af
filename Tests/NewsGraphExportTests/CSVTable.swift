import Testing

/// Reads RFC 4180 text back into rows, for checking what `CSVWriter` wrote.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; lines end in `\n` (a final
/// line break ends the last row). A quote inside an unquoted field is a failure.
enum CSVTable {
    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                try #require(field.isEmpty && !wasQuoted, "a quote inside an unquoted field: \(field)")
                quoted = true
                wasQuoted = true
            case ",":
                row.append(field); field = ""; wasQuoted = false
            case "\n":
                row.append(field); field = ""; wasQuoted = false
                rows.append(row); row = []
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        try #require(!quoted, "an unterminated quoted field")
        if !field.isEmpty || !row.isEmpty || wasQuoted { row.append(field); rows.append(row) }
        return rows
    }

    /// The rows of `text` as dictionaries keyed by the header row.
    static func records(_ text: String) throws -> (header: [String], records: [[String: String]]) {
        let all = try rows(text)
        let header = try #require(all.first, "no header")
        var records: [[String: String]] = []
        for row in all.dropFirst() {
            try #require(row.count == header.count, "a row of \(row.count) fields under a header of \(header.count): \(row)")
            records.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return (header, records)
    }
}

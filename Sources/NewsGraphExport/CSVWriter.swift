import Foundation

/// Writes rows as RFC 4180 comma-separated values.
///
/// A field that holds a comma, a double quote or a line break is quoted, its double quotes
/// doubled; every other field is written as it is. Rows are joined by `\n`.
///
/// ```swift
/// CSVWriter.render(header: ["key", "name"], rows: [["person:韩俊", "韩俊"]])
/// // "key,name\nperson:韩俊,韩俊"
/// ```
public enum CSVWriter {
    /// One field, quoted when it must be.
    public static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// The header and the rows, one line each, without a final line break.
    public static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n")
    }
}

import GRDB

/// Decides whether a user's SQL statement may run through `GraphStore.readOnlyQuery`.
///
/// SQLite's own `sqlite3_stmt_readonly` (GRDB's `Statement.isReadonly`) is the main test. It
/// also calls transaction control, `ATTACH`, `DETACH` and some setting pragmas read-only,
/// because they do not write the file, so the statement must in addition start with
/// `SELECT`, `WITH`, `VALUES` or `EXPLAIN`, or be an informational `PRAGMA` without a value.
enum ReadOnlySQL {
    /// Pragmas that only report on the database.
    static let informationalPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "foreign_keys", "integrity_check", "quick_check",
        "user_version", "schema_version", "application_id", "page_count", "page_size", "freelist_count",
        "database_list", "collation_list", "function_list", "module_list", "pragma_list",
        "compile_options", "encoding", "journal_mode", "data_version",
    ]

    /// Why `statement` (prepared from `sql`) may not run, or nil when it may.
    static func refusal(for sql: String, statement: Statement) -> String? {
        guard statement.isReadonly else { return "the statement would change the database" }
        let words = leadingWords(of: sql, count: 2)
        guard let first = words.first else { return "the statement is empty" }
        switch first {
        case "select", "with", "values", "explain":
            return nil
        case "pragma":
            let name = words.count > 1 ? words[1] : ""
            let local = name.split(separator: ".").last.map(String.init) ?? name
            guard informationalPragmas.contains(local) else { return "only informational pragmas may run" }
            guard !sql.contains("=") else { return "a pragma may be read, not set" }
            if local == "foreign_keys" || local == "journal_mode" || local == "user_version"
                || local == "application_id" || local == "page_size" {
                guard !sql.contains("(") else { return "a pragma may be read, not set" }
            }
            return nil
        default:
            return "only SELECT, WITH, VALUES, EXPLAIN and informational PRAGMA statements may run"
        }
    }

    /// The first `count` words of `sql`, lowercased, skipping white space and comments.
    ///
    /// A word is a run of ASCII letters, digits, `_` and `.`.
    static func leadingWords(of sql: String, count: Int) -> [String] {
        let s = Array(sql.unicodeScalars)
        var i = 0
        var words: [String] = []
        func isWordScalar(_ u: Unicode.Scalar) -> Bool {
            u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "_" || u == ".")
        }
        while i < s.count, words.count < count {
            let u = s[i]
            if u.properties.isWhitespace {
                i += 1
            } else if u == "-", i + 1 < s.count, s[i + 1] == "-" {
                while i < s.count, s[i] != "\n" { i += 1 }
            } else if u == "/", i + 1 < s.count, s[i + 1] == "*" {
                i += 2
                while i + 1 < s.count, !(s[i] == "*" && s[i + 1] == "/") { i += 1 }
                i += 2
            } else if isWordScalar(u) {
                var word = String.UnicodeScalarView()
                while i < s.count, isWordScalar(s[i]) {
                    word.append(s[i])
                    i += 1
                }
                words.append(String(word).lowercased())
            } else {
                break
            }
        }
        return words
    }
}

/// One value of the answer to a user's SQL statement, typed as SQLite holds it.
///
/// `sql --format json` prints integers and reals as JSON numbers, text as strings, NULL as
/// null and blobs as their `X'…'` hex literal; `text` is what tables and CSV print.
public enum SQLValue: Equatable, Sendable, Encodable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// A blob, as its `X'…'` hex literal.
    case blob(String)

    /// The value as text; nil for NULL. Integers and reals print as SQLite would.
    public var text: String? {
        switch self {
        case .null: return nil
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value), .blob(let value): return value
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let value): try container.encode(value)
        case .real(let value): try container.encode(value)
        case .text(let value), .blob(let value): try container.encode(value)
        }
    }
}

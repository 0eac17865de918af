import GRDB

/// Reads a row's columns by name, as GRDB's `Row` does.
///
/// Lets the helpers that make an `ArticleRef` or a date from a row take a `Row` or a
/// `PositionedRow` alike.
protocol NamedColumns {
    /// The value of column `name`; an optional `Value` reads NULL as nil.
    subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value { get }
}

extension Row: NamedColumns {}

/// A fetched row whose columns are found by name through positions resolved once for its result set.
///
/// GRDB finds a column of a fetched (copied) row by comparing the lowercased name with every
/// column's lowercased name, at each read: for rows of some thirty columns read a dozen times
/// each, a tenth of a query's time. `PositionedRow.all(_:)` resolves the names of the first row
/// once and shares them with every row of the result set (all rows of one statement have the
/// same columns). A name that is not a column traps, as a misspelt column name does in GRDB.
struct PositionedRow: NamedColumns {
    let row: Row
    let positions: [String: Int]

    /// `rows`, one statement's result set, with their column positions resolved once.
    static func all(_ rows: [Row]) -> [PositionedRow] {
        guard let first = rows.first else { return [] }
        var positions: [String: Int] = [:]
        for (index, name) in first.columnNames.enumerated() where positions[name] == nil { positions[name] = index }
        return rows.map { PositionedRow(row: $0, positions: positions) }
    }

    subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value {
        row[position(name)]
    }

    private func position(_ name: String) -> Int {
        guard let index = positions[name] else { fatalError("no column \(name) in the row") }
        return index
    }
}

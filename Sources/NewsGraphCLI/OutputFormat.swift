import ArgumentParser

/// How a command prints its answer.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for a terminal (Chinese characters count two columns).
    case table
    /// A JSON value, keys sorted, for programs.
    case json
    /// Comma-separated values with a header row, for spreadsheets.
    case csv
}

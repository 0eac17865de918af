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

extension OutputFormat {
    /// Refuses a format `command` does not print, naming the ones it does.
    func require(_ supported: [OutputFormat], by command: String) throws {
        guard !supported.contains(self) else { return }
        throw ValidationError("`newsgraph \(command)` does not print --format \(rawValue); use "
                              + supported.map(\.rawValue).joined(separator: " or "))
    }
}

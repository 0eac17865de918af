import ArgumentParser
import NewsGraphModel

/// Checks the `YYYY-MM-DD` dates that query commands take as options.
enum DateArgument {
    /// Throws a `ValidationError` naming `option` unless `value` is nil or a `YYYY-MM-DD` date.
    static func validate(_ value: String?, option: String) throws {
        guard let value else { return }
        guard let date = SimpleDate(iso: value), date.iso == value else {
            throw ValidationError("\(option) must be a date written YYYY-MM-DD, not \(value)")
        }
    }
}

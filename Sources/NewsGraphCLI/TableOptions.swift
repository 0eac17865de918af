import ArgumentParser

/// `--wide`: table cells in full instead of cut to a column width with `…`.
struct TableOptions: ParsableArguments {
    @Flag(help: "Print table cells in full, without cutting them to a column width (JSON and CSV are never cut).")
    var wide = false

    /// Runs `body` with tables cut or not as asked.
    func apply<T>(_ body: () throws -> T) throws -> T {
        try TextTable.$wide.withValue(wide, operation: body)
    }
}

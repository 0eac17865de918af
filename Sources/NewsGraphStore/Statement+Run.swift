import GRDB

extension Statement {
    /// Runs the statement with `arguments` bound by position, without checking them against
    /// its parameters (the hot path's statements are fixed and their arguments built to match).
    func run(_ arguments: StatementArguments) throws {
        setUncheckedArguments(arguments)
        try execute()
    }
}

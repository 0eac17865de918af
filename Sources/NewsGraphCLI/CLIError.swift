import ArgumentParser

/// An error for the user, printed as one line on stderr with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var code: Int32 = 1
    init(_ description: String, code: Int32 = 1) {
        self.description = description
        self.code = code
    }
}

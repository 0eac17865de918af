import Foundation

/// What the command knows about where its output goes.
enum Terminal {
    /// Whether standard error is a terminal (progress is shown only there, never in pipes).
    static var stderrIsTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) != 0 }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Rewrites the current stderr line (progress); does nothing when stderr is not a terminal.
    static func progress(_ message: String) {
        guard let text = progressText(message, toTerminal: stderrIsTerminal) else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// What `progress` writes for `message`: the line rewritten in place (carriage return, erase
    /// line, message) on a terminal, nothing (nil) anywhere else.
    static func progressText(_ message: String, toTerminal: Bool) -> String? {
        toTerminal ? "\r\u{1B}[2K" + message : nil
    }

    static func endProgress() {
        guard stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

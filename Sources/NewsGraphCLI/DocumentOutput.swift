import Foundation
import NewsGraphExport

/// Where a command's one document goes: standard output, or the file `-o` names.
enum DocumentOutput {
    /// Writes `text` to `output` (through `ExportFolder`, whose errors name the file), or to standard output when nil.
    static func write(_ text: String, to output: String?) throws {
        if let output {
            try ExportFolder.write(text, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

import ArgumentParser
import Foundation
import NewsGraphPipeline

/// `newsgraph tag [FILE]`
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag people, organisations and places in plain text, one sentence a line; stores nothing."
    )

    enum Format: String, ExpressibleByArgument { case jsonl, bio }

    @Argument(help: "A UTF-8 text file, one sentence a line (standard input when left out).") var file: String?
    @Option(help: "jsonl (mentions with offsets) or bio (one character a line with B-PER/I-PER…, a blank line between sentences).")
    var format: Format = .jsonl

    struct Line: Encodable {
        var line: Int
        var text: String
        var mentions: [Tagger.Tag]
    }

    func run() throws {
        let data: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(file ?? "standard input"): not UTF-8 text") }
        _ = try Lexicon.bundledDirectory() // a clear error, not a crash, without lexicons
        let tagger = try Tagger()
        var out = ""
        // "\r\n" is one Character in Swift: split on both line ends.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (n, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.isEmpty && n > 0 && n == lines.count - 1 { break }
            switch format {
            case .jsonl:
                out += try JSONOutput.string(Line(line: n + 1, text: line, mentions: tagger.tag(line)), pretty: false) + "\n"
            case .bio:
                for (c, label) in tagger.bio(line) { out += "\(Character(c)) \(label)\n" }
                out += "\n"
            }
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

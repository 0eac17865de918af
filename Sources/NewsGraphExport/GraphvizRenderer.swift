import Foundation
import NewsGraphModel

/// Runs Graphviz's `dot` to turn DOT into SVG, PNG or PDF, in the CJK font this machine has.
///
/// `dot` is found on `PATH` (then `/usr/bin/dot`, `/usr/local/bin/dot`,
/// `/opt/homebrew/bin/dot`) unless an explicit path is given, and run directly as a
/// `Process` — never through a shell — as `dot -T<format> -o <output>` with the DOT on
/// standard input. Standard input comes from a temporary file and output and error are read at
/// the same time (`ExternalProgram`), so a large graph or a chatty Graphviz can never block on a
/// full pipe; a run past `timeLimit` seconds (default one minute) is stopped with an error
/// naming the output file. The layout engine is the one the
/// DOT names (`layout=dot` or `layout=sfdp`, see `DOTWriter`).
///
/// Rendering a `GraphView` sets the writer's font to the CJK font fontconfig reports as
/// installed (`installedCJKFont()`, asked once per renderer), falling back to
/// `defaultCJKFont`.
///
/// ```swift
/// let renderer = GraphvizRenderer()
/// try renderer.render(view, format: .svg, to: URL(fileURLWithPath: "meeting.svg"))
/// ```
///
/// Errors are `NewsGraphError` values of kind `.external`: Graphviz missing ("install
/// graphviz"), or Graphviz failing, with its own message.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The font used when fontconfig names no Chinese font.
    public static let defaultCJKFont = "WenQuanYi Micro Hei"
    /// Chinese fonts in order of preference, by fontconfig family name.
    public static let preferredCJKFonts = [
        "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC",
        "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Serif CJK SC", "AR PL UMing CN", "Droid Sans Fallback",
    ]
    /// What to tell a user who has no Graphviz.
    static let installAdvice = "install graphviz (apt-get install graphviz, or brew install graphviz)"

    /// The `dot` program this renderer runs; nil when none was found.
    public let executablePath: String?
    /// The `fc-list` program asked for fonts; nil when none was found.
    public let fontListPath: String?
    /// Seconds one run of Graphviz (or fc-list) may take before it is stopped.
    public let timeLimit: TimeInterval

    private let lock = NSLock()
    /// The answer of `installedCJKFont()`: nil until asked, then the (optional) font.
    private var cachedFont: String??

    /// A renderer for the given `dot` and `fc-list` programs, or those found on `PATH`.
    public init(executablePath: String? = nil, fontListPath: String? = nil,
                timeLimit: TimeInterval = ExternalProgram.defaultTimeLimit) {
        self.timeLimit = timeLimit
        self.executablePath = executablePath
            ?? Self.locateExecutable(named: "dot", fallbacks: ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"])
        self.fontListPath = fontListPath
            ?? Self.locateExecutable(named: "fc-list", fallbacks: ["/usr/bin/fc-list", "/usr/local/bin/fc-list", "/opt/homebrew/bin/fc-list"])
    }

    /// The first executable file called `name` in the directories of `searchPath` (a
    /// `PATH`-style list), else the first executable of `fallbacks`.
    public static func locateExecutable(named name: String,
                                        searchPath: String? = ProcessInfo.processInfo.environment["PATH"],
                                        fallbacks: [String] = []) -> String? {
        let directories = (searchPath ?? "").split(separator: ":").map(String.init)
        let candidates = directories.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + name } + fallbacks
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    // MARK: Fonts

    /// The preferred Chinese font fontconfig reports as installed (`fc-list :lang=zh family`),
    /// or nil when there is none or `fc-list` is missing. Asked once; later calls reuse it.
    public func installedCJKFont() -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let cachedFont { return cachedFont }
        var font: String?
        if let fontListPath, FileManager.default.isExecutableFile(atPath: fontListPath),
           let result = try? run(fontListPath, arguments: [":lang=zh", "family"], input: Data(), file: fontListPath),
           result.status == 0 {
            font = Self.chooseCJKFont(fromFontList: String(decoding: result.output, as: UTF8.self))
        }
        cachedFont = .some(font)
        return font
    }

    /// Picks a font from `fc-list … family` output: the first of `preferredCJKFonts` any line
    /// names, else the alphabetically first family, else nil.
    ///
    /// Each line lists one font's family names separated by commas
    /// (`WenQuanYi Micro Hei,文泉驛微米黑,文泉驿微米黑`); fc-list's backslash escapes are undone.
    public static func chooseCJKFont(fromFontList output: String) -> String? {
        var names: Set<String> = []
        var primaries: [String] = []
        for line in output.split(whereSeparator: \.isNewline) {
            let families = splitFamilies(String(line))
            guard let first = families.first else { continue }
            primaries.append(first)
            names.formUnion(families)
        }
        if let preferred = preferredCJKFonts.first(where: names.contains) { return preferred }
        return primaries.sorted().first
    }

    /// The family names of one `fc-list` line: split at unescaped commas, unescaped, trimmed.
    private static func splitFamilies(_ line: String) -> [String] {
        var families: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                families.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        families.append(current)
        return families.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `base` with its font set to the installed CJK font (or `defaultCJKFont`); the base's
    /// own font moves to the front of the fallbacks, so the DOT still names it.
    public func writer(from base: DOTWriter = DOTWriter()) -> DOTWriter {
        var writer = base
        let font = installedCJKFont() ?? Self.defaultCJKFont
        if font != base.fontName {
            writer.fallbackFontNames = [base.fontName] + base.fallbackFontNames.filter { $0 != font }
            writer.fontName = font
        }
        return writer
    }

    // MARK: Rendering

    /// Renders a view to a file, in the installed CJK font; returns Graphviz's warnings.
    ///
    /// - Parameter writer: the writer settings to start from (its font is replaced, see
    ///   `writer(from:)`).
    /// - Throws: `NewsGraphError` — `.invalidArgument` for a view the writer rejects,
    ///   `.external` when Graphviz is missing or fails.
    @discardableResult
    public func render(_ view: GraphView, format: GraphvizFormat, to output: URL,
                       writer: DOTWriter = DOTWriter()) throws -> String {
        try render(dot: self.writer(from: writer).write(view), format: format, to: output)
    }

    /// Renders a DOT document to a file with `dot -T<format> -o <output>`; returns what
    /// Graphviz wrote to standard error (warnings), which is usually empty.
    ///
    /// - Throws: `NewsGraphError(.external)` when `dot` is missing, cannot start, or exits
    ///   with a non-zero status (the message carries Graphviz's own).
    @discardableResult
    public func render(dot: String, format: GraphvizFormat, to output: URL) throws -> String {
        let executable = try requireExecutable()
        let result = try run(executable, arguments: ["-T\(format.rawValue)", "-o", output.path], input: Data(dot.utf8),
                             file: output.path)
        let message = String(decoding: result.errorOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0, !result.signalled else {
            let how = result.signalled ? "was killed by signal \(result.status)" : "exited with status \(result.status)"
            throw NewsGraphError(.external, file: output.path,
                                 "graphviz (\(executable) -T\(format.rawValue)) \(how)" + (message.isEmpty ? "" : ": " + message))
        }
        return message
    }

    /// Renders a DOT document and returns the file's bytes.
    public func renderData(dot: String, format: GraphvizFormat) throws -> Data {
        let directory = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("graph.\(format.fileExtension)")
        try render(dot: dot, format: format, to: output)
        do {
            return try Data(contentsOf: output)
        } catch {
            throw NewsGraphError(.external, file: output.path, "graphviz wrote no readable output: \(error.localizedDescription)")
        }
    }

    /// Graphviz's version line (`dot - graphviz version 2.43.0 (0)`).
    public func version() throws -> String {
        let executable = try requireExecutable()
        let result = try run(executable, arguments: ["-V"], input: Data(), file: executable)
        let text = String(decoding: result.errorOutput + result.output, as: UTF8.self)
        guard result.status == 0, !result.signalled else {
            throw NewsGraphError(.external, "\(executable) -V exited with status \(result.status): \(text)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Processes

    /// The `dot` path, checked to be an executable file.
    private func requireExecutable() throws -> String {
        guard let executablePath else {
            throw NewsGraphError(.external, "Graphviz's dot program was not found on PATH or in /usr/bin; \(Self.installAdvice)")
        }
        guard FileManager.default.isExecutableFile(atPath: executablePath) else {
            throw NewsGraphError(.external, file: executablePath,
                                 "no executable Graphviz dot program at this path; \(Self.installAdvice) or pass the right path")
        }
        return executablePath
    }

    /// A fresh, uniquely named directory under the system's temporary directory.
    private static func makeTemporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-graphviz-" + UUID().uuidString, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw NewsGraphError(.external, file: directory.path, "cannot create a temporary directory: \(error.localizedDescription)")
        }
        return directory
    }

    /// Runs a program without a shell (`ExternalProgram`), feeding `input` on standard input and
    /// reading standard output and error at once, stopped after `timeLimit` seconds.
    private func run(_ executable: String, arguments: [String], input: Data, file: String)
        throws -> (status: Int32, signalled: Bool, output: Data, errorOutput: Data) {
        let result = try ExternalProgram.run(executable, arguments: arguments, input: input, timeLimit: timeLimit, file: file)
        return (result.status, result.signalled, result.output, result.errorOutput)
    }
}

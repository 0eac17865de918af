import Foundation
import Testing

/// Headless Chromium, to load pages as a browser does and read back the DOM it built.
///
/// Debian's `chromium` is installed by `scripts/setup.sh`; a test that needs it fails with a clear
/// message when it is missing, never skips.
extension SeedGraph {
    /// The `chromium` executable on PATH or in /usr/bin, or nil.
    static var chromium: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin"]
        return folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("chromium") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The DOM Chromium built for `url`, serialized (text nodes escaped again, as in the page).
    static func dumpDOM(_ url: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let browser = try #require(chromium, "chromium is not installed: run `bash scripts/setup.sh` (it installs Debian's chromium)",
                                   sourceLocation: sourceLocation)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-chromium-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: profile) }
        let run = try execute(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile.path,
                               "--dump-dom", url], tool: browser, sourceLocation: sourceLocation)
        try #require(run.status == 0, "chromium failed on \(url): \(run.stderr)", sourceLocation: sourceLocation)
        try #require(run.stdout.contains("</html>"), "chromium gave no page for \(url): \(run.stderr)", sourceLocation: sourceLocation)
        return run.stdout
    }

    /// The text of `dom` from the first `start` on.
    static func after(_ start: String, in dom: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Substring {
        let range = try #require(dom.range(of: start), "\(start) is not in the page", sourceLocation: sourceLocation)
        return dom[range.upperBound...]
    }

    /// Whether `names` occur in `text` in this order.
    static func inOrder(_ names: [String], in text: Substring) -> Bool {
        var rest = text
        for name in names {
            guard let found = rest.range(of: name) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }
}

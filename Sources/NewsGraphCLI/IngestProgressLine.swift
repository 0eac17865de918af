import Foundation
import NewsGraph

/// The line `ingest` rewrites on a terminal while it runs: the file count, files and characters
/// per second, the time left, and the file at hand.
///
/// `[42/185] 3.5 files/s · 61,204 chars/s · 0:41 left · corpus/2022-06-17/01.txt`
///
/// Rates are the averages since the start; the time left is the files still to go at the file
/// rate. Until `minimumSeconds` have passed, or before the first file is done, there is no rate
/// to give, and the line is the count and the file alone. `Terminal.progress` shows it only when
/// standard error is a terminal, so pipes and logs never see it.
enum IngestProgressLine {
    /// Seconds before the rates are shown (the first files say little about the run).
    static let minimumSeconds = 0.5
    /// How many characters of the path are shown at most (its end, after `…`).
    static let pathLength = 48

    /// The line for `progress`, `elapsed` seconds after the run started.
    static func text(for progress: IngestProgress, elapsed: TimeInterval) -> String {
        var parts: [String] = []
        if progress.done > 0, elapsed >= minimumSeconds {
            let filesPerSecond = Double(progress.done) / elapsed
            parts.append(String(format: "%.1f files/s", filesPerSecond))
            parts.append(grouped(Int((Double(progress.characters) / elapsed).rounded())) + " chars/s")
            let left = Double(max(0, progress.total - progress.done)) / filesPerSecond
            parts.append(duration(left) + " left")
        }
        parts.append(shortened(progress.path))
        return "[\(progress.done + 1)/\(progress.total)] " + parts.joined(separator: " · ")
    }

    /// `n` with a comma every three digits (`61,204`), the same on every machine.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `m:ss`, or `h:mm:ss` from an hour, rounded up to the second.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let ss = secs < 10 ? "0\(secs)" : "\(secs)"
        if hours > 0 { return "\(hours):" + (minutes < 10 ? "0\(minutes)" : "\(minutes)") + ":" + ss }
        return "\(minutes):" + ss
    }

    /// `path`, or its last `pathLength` characters after `…`, so the line stays on one row.
    static func shortened(_ path: String) -> String {
        path.count <= pathLength ? path : "…" + path.suffix(pathLength - 1)
    }
}

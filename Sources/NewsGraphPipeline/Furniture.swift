import Foundation
import NewsGraphModel

/// Page furniture of web pages and print pages: lines that are not part of an article's body.
///
/// Recognised: navigation bars and breadcrumbs, source lines (`来源:吉林日报`), editor lines
/// (`编辑: 郭龙`, `责编：…`), photo credits (`邹乃硕 摄`), repost timestamps, page-title lines
/// (`headline site-section editor 3361358`), footers, picture file names, share prompts, e-paper page
/// lines, section bars and site names. Credits keep their names: the person recogniser reads them.
public enum Furniture {
    public enum Kind: String, Sendable {
        case navigation, source, credit, caption, timestamp, pageTitle, footer, originalTitle, image
    }

    static let navigationWords: [String] = GrammarWords.list("page-furniture-navigation.txt") + [">>", " > "]
    /// Share buttons and mobile-site prompts: furniture when they make up a short line.
    static let shareWords: [String] = GrammarWords.list("page-furniture-share.txt")
    /// Placeholders some sites print where a picture did not load.
    static let placeholders: Set<String> = GrammarWords.set("page-furniture-placeholders.txt")
    static let footerWords: [String] = GrammarWords.list("page-furniture-footer.txt")
    static let creditPrefixes: [String] = GrammarWords.list("page-furniture-credits.txt")

    // The patterns `classify` tries, compiled once (Foundation's `range(of:options: .regularExpression)`
    // looks each up in a cache and bridges the line on every call). A compiled expression is
    // immutable and matches from any thread.
    nonisolated(unsafe) static let timestampPattern = pattern(#"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*[^\s，。,；]{0,8}$"#)
    nonisolated(unsafe) static let imagePattern = pattern(#"^\S+\.(jpg|jpeg|png|gif|webp|bmp)$"#, [.caseInsensitive])
    nonisolated(unsafe) static let pageLinePattern = pattern(#"(^|\s)第\d+版[:：]"#)
    /// A line of reporters' names only: `大连新闻传媒集团记者董国勋`, `某某日报记者 甲乙`, `记者 甲乙 丙丁 戊己`.
    /// A line of slash credits only: `文/甲乙  摄/丙丁`, `图/戊己`.
    nonisolated(unsafe) static let slashCreditPattern = pattern(#"^((文|摄|图|摄影|制图|视频)\s*[/／]\s*[\p{Han}]{2,4}[\s　]*){1,4}$"#)
    nonisolated(unsafe) static let reporterPattern = pattern(#"^[^\s，。、,]{0,14}(记者|通讯员)[\s　:：]*[\p{Han}]{2,4}([\s　/、]+[\p{Han}]{2,4}){0,5}$"#)

    static func pattern(_ regex: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: regex, options: options) } catch { fatalError("bad pattern \(regex): \(error)") }
    }

    /// Whether `regex` matches somewhere in `text` (as `range(of: regex, options: .regularExpression)` does).
    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Whether `text` contains `word`, by its UTF-8 bytes (a whole-character match, as UTF-8 is
    /// self-synchronising) — without Foundation's locale-aware search, which the ingest paid for per line.
    static func has(_ text: String, _ word: String) -> Bool {
        var text = text
        var word = word
        return text.withUTF8 { hay in
            word.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard needle.count <= hay.count else { return false }
                var i = 0
                while i <= hay.count - needle.count {
                    if hay[i] == first {
                        var j = 1
                        while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The kind of furniture `line` is, or nil for article text.
    public static func classify(_ line: String) -> Kind? {
        let t = String(line[...].trimmingWhitespace())
        if t.isEmpty { return nil }
        if t.hasPrefix("原标题") { return .originalTitle }
        for p in creditPrefixes where t.hasPrefix(p) {
            let rest = t.dropFirst(p.count).first
            if rest == ":" || rest == "：" || rest == " " || rest == "]" || rest == "】" { return .credit }
        }
        // Furniture is short; a long line is a paragraph (and the searches below stay off the hot path).
        let length = t.unicodeScalars.count
        if length > 200 { return nil }
        // A paragraph of prose that ends with a link (`…开幕。全媒体报道>>`) is article text.
        let prose = length > 40 && has(t, "。")
        if !prose, navigationWords.contains(where: { has(t, $0) }) { return .navigation }
        if length < 120, footerWords.contains(where: { has(t, $0) }) { return .footer }
        if length < 80, has(t, "来源:") || has(t, "来源：") { return .source }
        if t.hasSuffix("摄") || t.hasSuffix("摄）") || t.hasSuffix("摄)") {
            if length <= 40 || has(t, "记者") { return .caption }
        }
        // Timestamps: digits and separators only (`10.04.2022  02:43`), or a date with its time and the
        // paper's name (`2023年07月06日18:37`, `2023-11-20     吉林日报`).
        if t.unicodeScalars.allSatisfy({ CharacterClass.isDigit($0) || " .:-/|".unicodeScalars.contains($0) }) { return .timestamp }
        if length < 32, matches(timestampPattern, t) { return .timestamp }
        // Pictures by their file name (`1.jpg`, `20211030_d83098….jpg`).
        if length < 80, matches(imagePattern, t) { return .image }
        if placeholders.contains(t) { return .navigation }
        if length < 30, shareWords.contains(where: { has(t, $0) }) || t.hasPrefix("•") { return .navigation }
        // Page lines of e-paper sites (`第02版:要闻`, `吉林农村报 首页 第02版:要闻`) and bare site names (`人民网`).
        if length < 30, matches(pageLinePattern, t) || t.hasPrefix("首页") { return .navigation }
        if length <= 6, t.hasSuffix("网") || t.hasSuffix("报") && t.count >= 4 { return .navigation }
        // A reporter's line of its own: `大连新闻传媒集团记者董国勋`, `记者 甲乙 丙丁 戊己` (before section bars, which it resembles).
        if length <= 40, matches(reporterPattern, t) || matches(slashCreditPattern, t) { return .credit }
        // Section bars: three or more short words and nothing else (`重要新闻 国内新闻 国际新闻 图片精选`).
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        if words.count >= 3, words.allSatisfy({ $0.count <= 5 && !$0.contains(where: { "，。、；：！？,:;!?".contains($0) }) }) { return .navigation }
        if has(t, " / ") || has(t, " | ") && length < 60 { return .navigation }
        // Page titles end with an editor's name and a numeric article id.
        let parts = t.split(separator: " ")
        if parts.count >= 2, let last = parts.last, last.reversed().prefix(while: \.isNumber).count >= 5, t.count < 120 { return .pageTitle }
        return nil
    }
}

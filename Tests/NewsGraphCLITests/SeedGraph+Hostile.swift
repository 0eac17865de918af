import Foundation
import NewsGraphModel
import NewsGraphStore
import Testing

/// A graph whose one person is called `<script>alert(1)</script>`, stored through the store's façade
/// (the pipeline would not take such a name), for checking that pages print names as text.
extension SeedGraph {
    static let hostileName = "<script>alert(1)</script>"

    /// Runs `body` with the path of a new graph holding the hostile page, then deletes the folder.
    static func withHostileGraph<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.sqlite").path
        _ = try GraphStore(path: path).ingest(hostileDocument())
        return try body(path)
    }

    /// One article: `省长<script>alert(1)</script>主持召开省政府2022年第14次常务会议。`
    static func hostileDocument() -> Document {
        let body = "6月16日，省长\(hostileName)主持召开省政府2022年第14次常务会议。"
        let scalars = ScalarText(body)
        func span(_ needle: String) -> Span {
            let start = scalars.occurrences(of: needle).first!
            return Span(start, start + needle.unicodeScalars.count)
        }
        let meetingName = "省政府2022年第14次常务会议"
        var article = Article(ordinal: 0, pageSpan: Span(0, scalars.count), text: scalars, display: scalars,
                              pageOffsets: Array(0..<scalars.count), bodyLength: scalars.count)
        article.sentences = [Span(0, scalars.count)]
        article.mentions = [
            Mention(kind: .person, span: span(hostileName), text: hostileName, rule: "person.after-title"),
            Mention(kind: .meeting, span: span(meetingName), text: meetingName, rule: "meeting.numbered"),
        ]
        article.meetings = [Meeting(name: meetingName, date: SimpleDate(year: 2022, month: 6, day: 16), isMain: true,
                                    span: span(meetingName), rule: "meeting.numbered")]
        article.relations = [Relation(kind: .presided, subject: EntityRef(.person, hostileName), object: EntityRef(.meeting, meetingName),
                                      evidence: span("省长" + hostileName + "主持召开"), rule: "role.presided")]
        var document = Document(path: "吉林日报/2022-06-17/01.txt", contentHash: "fedcba9876543210", raw: scalars, encoding: "UTF-8",
                                issue: IssueInfo(paper: "吉林日报", date: SimpleDate(year: 2022, month: 6, day: 17), dateSource: .path, page: 1))
        document.page = PageText(text: scalars, display: scalars, rawOffsets: Array(0..<scalars.count))
        document.articles = [article]
        return document
    }
}

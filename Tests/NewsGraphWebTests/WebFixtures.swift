import Foundation
import NewsGraph
import NewsGraphModel
import NewsGraphStore
import NewsGraphWeb
import Testing

/// Real graphs for the web tests: the seed page ingested by the pipeline, and a hand-built page
/// whose person is called `<script>alert(1)</script>`, stored through the store's façade.
enum WebFixtures {
    /// The package root: three levels up from this file (`Tests/NewsGraphWebTests/…`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed page of 吉林日报, 2022-06-17, page 1.
    static let seedPage = packageRoot.appendingPathComponent("seeds/000_c5d73bdcbf217987.txt").path

    /// The dispatch meeting of the seed page, its key within its kind, and its attendees in print order.
    static let dispatchMeeting = "韩俊调度全省畜禽粪污资源化利用情况@2022-06-16"
    static let dispatchAttendees = ["吴靖平", "安立佳", "刘凯", "蔡东", "韩福春", "李伟", "王子联", "安桂武"]
    static let dispatchEvidence = "吴靖平、安立佳、刘凯、蔡东、韩福春、李伟、王子联、安桂武参加会议。"

    /// The hostile person's name, and the meeting they preside.
    static let hostileName = "<script>alert(1)</script>"
    static let hostileMeeting = "省政府2022年第14次常务会议"

    /// A fresh folder under the temporary directory; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphWebTests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` with a read-only store holding the seed page, in a new file.
    static func withSeedStore<T>(_ body: (GraphStore, URL) throws -> T) throws -> T {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.sqlite").path
        let report = try Ingestor(store: try GraphStore(path: path)).ingest(paths: [seedPage])
        try #require(report.failed.isEmpty, "the seed page did not ingest")
        return try body(try GraphStore.readOnly(path: path), folder)
    }

    /// Runs `body` with a read-only store holding the hostile page, in a new file.
    static func withHostileStore<T>(_ body: (GraphStore, URL) throws -> T) throws -> T {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.sqlite").path
        _ = try GraphStore(path: path).ingest(hostileDocument())
        return try body(try GraphStore.readOnly(path: path), folder)
    }

    /// The site of `store` with the shipped templates.
    static func site(_ store: GraphStore, style: WebLinks.Style = .server) throws -> WebSite {
        WebSite(store: store, links: WebLinks(style: style), templates: try TemplateLibrary.load())
    }

    /// A page whose one article says `<script>alert(1)</script>` presided a meeting and holds a post.
    static func hostileDocument() -> Document {
        let headline = "省政府召开常务会议"
        let body = "6月16日，省长\(hostileName)主持召开\(hostileMeeting)。副省长刘伟出席会议。"
        let page = ScalarText(headline + "\n" + body)
        let start = headline.unicodeScalars.count + 1
        let count = body.unicodeScalars.count
        var article = Article(ordinal: 0, pageSpan: Span(start, start + count), text: ScalarText(body), display: ScalarText(body),
                              pageOffsets: Array(start..<(start + count)), bodyLength: count)
        article.headline = headline
        article.sentences = [span(of: "6月16日，", through: "。", in: body), span(of: "副省长", through: "会议。", in: body)]
        let date = SimpleDate(year: 2022, month: 6, day: 16)
        let meeting = EntityRef(.meeting, hostileMeeting)
        article.mentions = [
            Mention(kind: .title, span: span(of: "省长", in: body), text: "省长", rule: "title.lexicon"),
            Mention(kind: .person, span: span(of: hostileName, in: body), text: hostileName, rule: "person.after-title"),
            Mention(kind: .meeting, span: span(of: hostileMeeting, in: body), text: hostileMeeting, rule: "meeting.numbered"),
            Mention(kind: .person, span: span(of: "刘伟", in: body), text: "刘伟", rule: "person.after-title"),
        ]
        article.meetings = [Meeting(name: hostileMeeting, date: date, isMain: true, span: span(of: hostileMeeting, in: body),
                                    rule: "meeting.numbered")]
        article.relations = [
            Relation(kind: .presided, subject: EntityRef(.person, hostileName), object: meeting,
                     evidence: span(of: "省长", through: "主持召开", in: body), rule: "role.presided"),
            Relation(kind: .attended, subject: EntityRef(.person, "刘伟"), object: meeting,
                     evidence: span(of: "副省长", through: "会议", in: body), rule: "role.attended", ordinal: 0),
            Relation(kind: .holdsPost, subject: EntityRef(.person, hostileName), object: EntityRef(.post, "省长"),
                     evidence: span(of: "省长", through: "</script>", in: body), rule: "post.before-name", date: date),
        ]
        var document = Document(path: "吉林日报/2022-06-17/01.txt", contentHash: "0123456789abcdef", raw: page, encoding: "UTF-8",
                                issue: IssueInfo(paper: "吉林日报", date: SimpleDate(year: 2022, month: 6, day: 17), dateSource: .path, page: 1))
        document.page = PageText(text: page, display: page, rawOffsets: Array(0..<page.count))
        document.articles = [article]
        return document
    }

    /// The span of the first `needle` in `text`, in Unicode scalars.
    static func span(of needle: String, in text: String) -> Span {
        let start = ScalarText(text).occurrences(of: needle).first!
        return Span(start, start + needle.unicodeScalars.count)
    }

    /// The span from the first `start` to the end of the first `end` after it.
    static func span(of start: String, through end: String, in text: String) -> Span {
        let scalars = ScalarText(text)
        let from = scalars.occurrences(of: start).first!
        let to = scalars.occurrences(of: end).first { $0 >= from }!
        return Span(from, to + end.unicodeScalars.count)
    }
}

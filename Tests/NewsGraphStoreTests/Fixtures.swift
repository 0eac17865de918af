import Foundation
import NewsGraphModel
@testable import NewsGraphStore

/// Hand-built documents and temporary store files for the store tests.
///
/// The documents do not come from the pipeline: every article, mention, meeting and relation
/// is written out here, so the tests depend on the store alone.
enum Fixtures {
    /// `Tests/Fixtures/pre-020-schema.sql`: the SQL that takes a graph of the newest schema back to one
    /// written before 020_application_id (shared with the other test target that needs it).
    static let preApplicationIDSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pre-020-schema.sql")

    static let meetingName = "省政府2022年第14次常务会议"
    static let meetingDate = SimpleDate(year: 2022, month: 6, day: 16)

    /// A fresh folder under the temporary directory; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphStoreTests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` with a store in a new SQLite file, then deletes the folder.
    static func withStore<T>(_ body: (GraphStore, URL) throws -> T) throws -> T {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.sqlite")
        let store = try GraphStore(path: file.path)
        return try body(store, file)
    }

    /// The span of the first occurrence of `needle` in `text`.
    static func span(of needle: String, in text: String) -> Span {
        let scalars = ScalarText(text)
        guard let start = scalars.occurrences(of: needle).first else {
            fatalError("\(needle) does not occur in \(text)")
        }
        return Span(start, start + needle.unicodeScalars.count)
    }

    /// The sentence spans of `text`, each ending after a `。`.
    static func sentences(of text: String) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for (i, u) in text.unicodeScalars.enumerated() where u == "。" {
            spans.append(Span(start, i + 1))
            start = i + 1
        }
        if start < text.unicodeScalars.count { spans.append(Span(start, text.unicodeScalars.count)) }
        return spans
    }

    /// The standard meeting report: one page, one article, with people, a post, a date and roles.
    static let meetingReport = """
        6月16日，省长韩俊主持召开省政府2022年第14次常务会议并讲话。副省长刘伟、王宁出席会议。会议研究了稳经济工作。
        """

    /// A one-article document built from `body` with a headline, every fact spelled out.
    static func meetingDocument(path: String = "吉林日报/2022-06-17/01.txt", hash: String = "hash-1",
                                body: String = meetingReport, headline: String = "省政府召开常务会议") -> Document {
        let pageString = headline + "\n" + body
        let pageText = ScalarText(pageString)
        let page = PageText(text: pageText, display: pageText, rawOffsets: Array(0..<pageText.count))
        let bodyStart = headline.unicodeScalars.count + 1
        let bodyCount = body.unicodeScalars.count
        var article = Article(ordinal: 0, pageSpan: Span(bodyStart, bodyStart + bodyCount), text: ScalarText(body),
                              display: ScalarText(body), pageOffsets: Array(bodyStart..<(bodyStart + bodyCount)),
                              bodyLength: bodyCount)
        article.headline = headline
        article.subheads = ["稳字当头"]
        article.dateline = Dateline(text: "本报6月16日讯（记者张三）", agency: "本报", date: meetingDate, place: nil,
                                    reporters: ["张三"], span: Span(0, 0))
        article.sentences = sentences(of: body)
        if body == meetingReport {
            addMeetingFacts(to: &article, body: body)
        }
        var document = Document(path: path, contentHash: hash, raw: pageText, encoding: "UTF-8",
                                issue: IssueInfo(paper: "吉林日报", date: SimpleDate(year: 2022, month: 6, day: 17),
                                                 dateSource: .path, page: 1))
        document.page = page
        document.articles = [article]
        return document
    }

    /// The mentions, meeting and relations of `meetingReport`.
    static func addMeetingFacts(to article: inout Article, body: String) {
        let meetingSpan = span(of: meetingName, in: body)
        let anaphor = Span(ScalarText(body).occurrences(of: "会议").last!, ScalarText(body).occurrences(of: "会议").last! + 2)
        article.mentions = [
            Mention(kind: .date, span: span(of: "6月16日", in: body), text: "6月16日", rule: "date.md", value: "2022-06-16"),
            Mention(kind: .title, span: span(of: "省长", in: body), text: "省长", rule: "title.lexicon"),
            Mention(kind: .person, span: span(of: "韩俊", in: body), text: "韩俊", rule: "person.after-title"),
            Mention(kind: .meeting, span: meetingSpan, text: meetingName, rule: "meeting.numbered"),
            Mention(kind: .title, span: span(of: "副省长", in: body), text: "副省长", rule: "title.lexicon"),
            Mention(kind: .person, span: span(of: "刘伟", in: body), text: "刘伟", rule: "person.after-title"),
            Mention(kind: .person, span: span(of: "王宁", in: body), text: "王宁", rule: "person.list"),
            Mention(kind: .meeting, span: anaphor, text: "会议", name: meetingName, rule: "meeting.anaphor"),
        ]
        article.meetings = [
            Meeting(name: meetingName, aliases: ["第14次常务会议"], date: meetingDate, place: "长春",
                    series: "省政府2022年常务会议", isMain: true, span: meetingSpan, rule: "meeting.numbered"),
        ]
        let meeting = EntityRef(.meeting, meetingName)
        let first = span(of: "省长韩俊主持召开", in: body)
        let second = span(of: "副省长刘伟、王宁出席会议", in: body)
        article.relations = [
            Relation(kind: .presided, subject: EntityRef(.person, "韩俊"), object: meeting, evidence: first,
                     rule: "role.presided"),
            Relation(kind: .spoke, subject: EntityRef(.person, "韩俊"), object: meeting,
                     evidence: span(of: "讲话", in: body), rule: "role.spoke"),
            Relation(kind: .attended, subject: EntityRef(.person, "王宁"), object: meeting, evidence: second,
                     rule: "role.attended", ordinal: 1),
            Relation(kind: .attended, subject: EntityRef(.person, "刘伟"), object: meeting, evidence: second,
                     rule: "role.attended", ordinal: 0),
            // The same relation twice (as a recogniser may report it): stored once.
            Relation(kind: .attended, subject: EntityRef(.person, "刘伟"), object: meeting, evidence: second,
                     rule: "role.attended", ordinal: 0),
            Relation(kind: .holdsPost, subject: EntityRef(.person, "韩俊"), object: EntityRef(.post, "省长"),
                     evidence: span(of: "省长韩俊", in: body), rule: "post.before-name", date: meetingDate),
            Relation(kind: .reportedBy, subject: nil, object: EntityRef(.person, "张三"), evidence: Span(0, 0),
                     rule: "dateline.reporter"),
        ]
    }

    /// Rows written for `meetingDocument()`: mentions and (deduplicated) relations.
    static let meetingMentions = 8
    static let meetingRelations = 6
}

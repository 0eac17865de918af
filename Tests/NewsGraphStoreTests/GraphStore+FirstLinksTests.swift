import Foundation
import NewsGraphModel
import NewsGraphPipeline
@testable import NewsGraphStore
import Testing

@Suite struct GraphStoreFirstLinksTests {
    /// A page through the standard pipeline, as of an issue date.
    func analysed(_ text: String, path: String, date: String) throws -> Document {
        var document = Document(path: path, contentHash: path, raw: ScalarText(text), encoding: "UTF-8",
                                issue: IssueInfo(paper: "jilin-daily", date: SimpleDate(iso: date), dateSource: .flag))
        try Pipeline.standard().run(&document)
        return document
    }

    /// The first link `links` gives for each (subject, object, kind), in its order.
    func firstOfEachPair(_ links: [LinkRow]) -> [LinkRow] {
        var seen: Set<String> = []
        return links.filter { seen.insert("\($0.subject.id) \($0.object.id) \($0.kind.rawValue)").inserted }
    }

    /// The pairs are ranked in SQL from each article's issue date: the same links, in the same order, as the
    /// first of each pair that `links` lists, with and without filters, for pairs seen in several issues.
    @Test func firstLinksAreTheFirstOfEachPair() throws {
        try Fixtures.withStore { store, _ in
            let pages = [
                ("2022-06-17", "本报讯 6月16日，省长韩俊主持召开省政府常务会议，副省长蔡东、王子联出席会议。省长韩俊强调，要稳住经济大盘。"),
                ("2022-06-18", "本报讯 6月17日，韩俊主持召开省政府常务会议，蔡东出席会议。"),
                ("2022-05-08", "本报5月7日讯 省长韩俊主持召开专题会议，要求加快实施“千亿斤粮食”工程。"),
            ]
            for (date, text) in pages {
                _ = try store.ingest(try analysed(text, path: "jilin-daily/\(date)/01.txt", date: date))
            }
            let all = try store.links()
            #expect(!all.isEmpty)
            #expect(try store.firstLinks() == firstOfEachPair(all))
            #expect(try store.firstLinks(entityKinds: [.person, .meeting]) == firstOfEachPair(try store.links(entityKinds: [.person, .meeting])))
            #expect(try store.firstLinks(from: "2022-06-01") == firstOfEachPair(try store.links(from: "2022-06-01")))
            #expect(try store.firstLinks(relationKinds: [.presided, .attended]) == firstOfEachPair(try store.links(relationKinds: [.presided, .attended])))
        }
    }
}

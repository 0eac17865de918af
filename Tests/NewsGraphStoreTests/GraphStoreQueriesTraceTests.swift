import Foundation
import NewsGraphModel
import NewsGraphPipeline
@testable import NewsGraphStore
import Testing

@Suite struct GraphStoreQueriesTraceTests {
    /// A page through the standard pipeline, as of an issue date.
    func analysed(_ text: String, path: String, date: String) throws -> Document {
        var document = Document(path: path, contentHash: path, raw: ScalarText(text), encoding: "UTF-8",
                                issue: IssueInfo(paper: "jilin-daily", date: SimpleDate(iso: date), dateSource: .flag))
        try Pipeline.standard().run(&document)
        return document
    }

    /// A programme known by its quoted name is traced, in either order of ingest, where another issue
    /// prints the name without quotes — and not where a shorter name matches only part of it.
    @Test(arguments: [false, true])
    func aProgrammeIsTracedWhereItsNameIsPrintedWithoutQuotes(reversed: Bool) throws {
        try Fixtures.withStore { store, _ in
            var documents = [
                try analysed("本报5月7日讯 省长韩俊主持召开专题会议，要求加快实施“千亿斤粮食”工程，切实扛稳粮食安全责任。",
                             path: "jilin-daily/2022-05-08/01.txt", date: "2022-05-08"),
                try analysed("今年我省将加快千亿斤粮食、千万头肉牛等重大工程建设。",
                             path: "jilin-daily/2022-02-18/01.txt", date: "2022-02-18"),
                try analysed("全省粮食产量达到八百亿斤。",
                             path: "jilin-daily/2022-03-01/01.txt", date: "2022-03-01"),
            ]
            if reversed { documents.reverse() }
            for document in documents { _ = try store.ingest(document) }
            let trace = try #require(try store.policyTraces(matching: "千亿斤粮食").first)
            #expect(trace.events.map(\.date) == ["2022-02-18", "2022-05-07"])
            #expect(trace.events.first?.rule == "trace.name-in-text")
            #expect(trace.events.first?.evidence.contains("千亿斤粮食、千万头肉牛") == true)
        }
    }
}

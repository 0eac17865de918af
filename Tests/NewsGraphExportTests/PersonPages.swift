import Foundation
import NewsGraph
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

/// Two pages of 吉林日报 a week apart, each with 韩俊 presiding over a `省政府常务会议`: the
/// person view and the career timeline group the two meetings of one name.
enum PersonPages {
    static let pages: [(date: String, text: String)] = [
        ("2022-06-03", """
            省政府召开常务会议

            本报讯 6月2日，省委副书记、省长韩俊主持召开省政府常务会议，研究部署安全生产工作。副省长安桂武出席会议。

            """),
        ("2022-06-10", """
            省政府召开常务会议

            本报讯 6月9日，省委副书记、省长韩俊主持召开省政府常务会议，研究部署防汛工作。副省长刘凯出席会议。

            """),
    ]

    /// Runs `body` with a builder over the seed page and `pages`, each ingested as 吉林日报 of its date.
    static func withBuilder<T>(_ body: (GraphViewBuilder) throws -> T) throws -> T {
        try SeedViews.withFolder { folder in
            let store = try GraphStore(path: folder.appendingPathComponent("graph.sqlite").path)
            try #require(try Ingestor(store: store).ingest(paths: [SeedViews.seedPage]).failed.isEmpty)
            for (index, page) in pages.enumerated() {
                let file = folder.appendingPathComponent("page\(index).txt")
                try Data(page.text.utf8).write(to: file)
                let ingestor = try Ingestor(store: store, overrides: IssueInfo(paper: "jilin-daily", date: SimpleDate(iso: page.date)))
                try #require(try ingestor.ingest(paths: [file.path]).failed.isEmpty)
            }
            return try body(GraphViewBuilder(store: store))
        }
    }
}

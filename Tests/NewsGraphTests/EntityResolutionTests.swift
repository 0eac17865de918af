import Foundation
import Testing
import NewsGraph
import NewsGraphModel
import NewsGraphStore

@Suite struct EntityResolutionTests {
    /// Writes `text` at `folder/relative` and returns the folder.
    func page(_ folder: URL, _ relative: String, _ text: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func graph(_ pages: [(String, String)]) throws -> (GraphStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-resolution-" + UUID().uuidString)
        for (relative, text) in pages { try page(dir.appendingPathComponent("pages"), relative, text) }
        let store = try GraphStore(path: dir.appendingPathComponent("g.sqlite").path)
        let report = try Ingestor(store: store).ingest(paths: [dir.appendingPathComponent("pages").path])
        #expect(report.failed.isEmpty, "\(report.failed.compactMap { $0.error?.description })")
        return (store, dir)
    }

    @Test func twoPeopleOfOneNameInTwoProvincesAtTheSameTimeStayApart() throws {
        let (store, dir) = try graph([
            ("jilin-daily/2022-05-10/01.txt", "本报5月9日讯（记者于小博）昨天，省委常委、省委秘书长李伟主持召开全省安全生产工作会议。\n李伟强调，要压实责任。\n"),
            ("henan/2022-05-12/01.txt", "5月11日，郑州市副市长李伟主持召开全市防汛工作会议。\n李伟指出，要做好准备。\n"),
            ("jilin-daily/2022-05-20/01.txt", "本报5月19日讯（记者于小博）昨天，省委常委、省委秘书长李伟出席全省信访工作会议。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        // 吉林 from 05-10 to 05-20 with 河南 on 05-12 in between: two people at once, not a transfer.
        let people = try store.explain("李伟").filter { $0.kind == .person }
        #expect(people.map(\.key).sorted() == ["李伟@吉林", "李伟@河南"])
        #expect(people.allSatisfy { $0.decisions.contains { $0.hasPrefix("kept-apart") } })
        // Each keeps its own posts.
        let jilin = try #require(people.first { $0.key == "李伟@吉林" })
        #expect(jilin.sightings.allSatisfy { $0.region == "吉林" })
    }

    @Test func oneNameSeenInTwoProvincesOneAfterTheOtherIsOnePerson() throws {
        let (store, dir) = try graph([
            ("jilin-daily/2021-04-01/01.txt", "本报3月31日讯（记者黄鹭）昨天，省委副书记、省长韩俊在公主岭市调研春耕生产。\n韩俊强调，要抓好春耕。\n"),
            ("jilin-daily/2022-12-31/01.txt", "本报12月30日讯（记者黄鹭）昨天，省委副书记、省长韩俊主持召开省政府常务会议。\n"),
            ("anhui/2023-07-14/01.txt", "7月13日，安徽省委书记韩俊率安徽省党政代表团赴浙江学习考察。\n韩俊表示，要深化合作。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let people = try store.explain("韩俊").filter { $0.kind == .person }
        #expect(people.count == 1)
        let han = try #require(people.first)
        #expect(han.key == "韩俊")
        #expect(Set(han.sightings.compactMap(\.region)) == ["吉林", "安徽"])
        #expect(han.decisions.contains { $0.hasPrefix("merged") && $0.contains("吉林") && $0.contains("安徽") })
    }

    @Test func provinceRelativeBodiesAreKeyedByTheirPaper() throws {
        let (store, dir) = try graph([
            ("jilin-daily/2022-05-10/01.txt", "本报5月9日讯（记者于小博）昨天，省委书记景俊海主持召开省委常委会会议。\n"),
            ("henan/2022-05-12/01.txt", "5月11日，省委书记楼阳生主持召开省委常委会会议。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let bodies = try store.explain("省委").filter { $0.kind == .organization }.map(\.key).sorted()
        #expect(bodies == ["吉林:省委", "河南:省委"])
    }

    @Test func anAbbreviationAndTheFullNameAreOneBody() throws {
        let (store, dir) = try graph([
            ("jilin-daily/2022-06-17/01.txt", "本报讯（记者万双）省人社厅、省社保局出台了社会保险助企纾困政策。\n"),
            ("jilin-daily/2022-07-01/01.txt", "本报讯（记者万双）吉林省人力资源和社会保障厅召开全省就业工作会议。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let short = try store.explain("省人社厅").filter { $0.kind == .organization }
        let full = try store.explain("吉林省人力资源和社会保障厅").filter { $0.kind == .organization }
        #expect(short.map(\.key) == ["吉林:省人力资源和社会保障厅"])
        #expect(full.map(\.id) == short.map(\.id))
        #expect(short.first?.name == "吉林省人力资源和社会保障厅")
    }
}

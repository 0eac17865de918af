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

    // Made-up names below: the rules, not any real person.

    @Test func aCareerMoveAndAnotherProvincesReportAreOnePersonWithPostsInDateOrder() throws {
        let (store, dir) = try graph([
            ("dalian/2022-04-08/01.txt", "4月7日，大连市委书记范立言到企业调研。\n范立言强调，要稳住外贸。\n"),
            ("jilin-daily/2023-02-10/01.txt", "本报2月9日讯（记者于小博）昨天，省委副书记、省长范立言主持召开省政府常务会议。\n"),
            ("jiangsu/2023-04-20/01.txt", "4月19日，吉林省委书记甄守仁、省长范立言率吉林省党政代表团来江苏考察。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let people = try store.explain("范立言").filter { $0.kind == .person }
        #expect(people.map(\.key) == ["范立言"])
        let person = try #require(people.first)
        #expect(person.decisions.contains { $0.hasPrefix("merged") && $0.contains("辽宁") && $0.contains("吉林") && $0.contains("career move") })
        // The Jiangsu paper's 省长 is Jilin's: no Jiangsu evidence decides anything.
        #expect(!person.decisions.contains { $0.contains("江苏") })
        let profile = try #require(try store.personRecord(id: person.id))
        let posts = profile.posts.map(\.name)
        let city = try #require(posts.firstIndex { $0.contains("市委书记") })
        let province = try #require(posts.firstIndex(of: "省长"))
        #expect(city < province)
    }

    @Test func aNationalPostNeverSplitsAPersonByProvince() throws {
        let (store, dir) = try graph([
            ("jilin-daily/2022-05-10/01.txt", "本报5月9日讯（记者于小博）国务院副总理郝明远来我省调研。\n"),
            ("henan/2022-05-10/01.txt", "5月9日，国务院副总理郝明远在郑州调研。\n"),
            ("jiangsu/2022-05-11/01.txt", "5月10日，国务院副总理郝明远在南京出席会议。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let people = try store.explain("郝明远").filter { $0.kind == .person }
        #expect(people.map(\.key) == ["郝明远"])
        #expect(people.first?.decisions.contains { $0.contains("national posts") } == true)
    }

    @Test func samePersonNamedWithoutPostsInTwoPapersIsNotSplit() throws {
        let (store, dir) = try graph([
            ("jilin-daily/2022-05-10/01.txt", "本报讯 近日，柯南星在长春出席活动。\n"),
            ("henan/2022-05-10/01.txt", "5月9日，柯南星在郑州出席活动。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try store.explain("柯南星").filter { $0.kind == .person }.count <= 1)
    }

    @Test func sameNameWithPostsInTwoProvincesAtOnceIsTwoPeople() throws {
        let (store, dir) = try graph([
            ("jilin-daily/2022-05-10/01.txt", "本报5月9日讯（记者于小博）昨天，吉林省副省长甄守仁主持召开全省安全生产工作会议。\n"),
            ("henan/2022-05-12/01.txt", "5月11日，洛阳市市长甄守仁主持召开全市防汛工作会议。\n"),
            ("jiangsu/2022-05-15/01.txt", "5月14日，吉林省副省长甄守仁率团来江苏考察。\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let people = try store.explain("甄守仁").filter { $0.kind == .person }
        #expect(people.map(\.key).sorted() == ["甄守仁@吉林", "甄守仁@河南"])
        // The Jiangsu paper's report is the Jilin person's.
        let jilin = try #require(people.first { $0.key == "甄守仁@吉林" })
        #expect(jilin.sightings.contains { $0.source.contains("jiangsu") })
        #expect(people.allSatisfy { $0.decisions.contains { $0.hasPrefix("kept-apart") } })
    }
}

import Foundation
@testable import NewsGraphCLI
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph attendees")
struct AttendeesCommandTests {
    /// The meetings `attendees ARGS --format json` prints, as JSON objects.
    func meetings(_ arguments: [String], db: String) throws -> [[String: Any]] {
        let command = try SeedGraph.command(["attendees"] + arguments + ["--format", "json", "--db", db], as: AttendeesCommand.self)
        return try #require(try SeedGraph.json(try command.output()) as? [[String: Any]])
    }

    @Test("畜禽粪污: 韩俊 presided and eight attended, in printed order, each with evidence")
    func livestockManure() throws {
        try SeedGraph.withGraph { db in
            let found = try meetings(["畜禽粪污"], db: db)
            try #require(found.count == 1)
            let meeting = found[0]
            #expect(meeting["name"] as? String == "韩俊调度全省畜禽粪污资源化利用情况")
            #expect(meeting["date"] as? String == "2022-06-16")
            let roles = try #require(meeting["roles"] as? [String: [String]])
            #expect(roles["presided"] == ["韩俊"])
            #expect(roles["attended"] == ["吴靖平", "安立佳", "刘凯", "蔡东", "韩福春", "李伟", "王子联", "安桂武"])
            #expect(Set(roles.keys) == ["presided", "spoke", "attended", "reported"])
            let article = try #require(meeting["article"] as? [String: Any])
            #expect(article["key"] is String)
            let key = try #require(meeting["key"] as? String)
            // The key finds the same meeting.
            #expect(try meetings([key], db: db).map { $0["name"] as? String } == [meeting["name"] as? String])
            #expect((article["title"] as? String)?.contains("畜禽粪污") == true)
            let evidence = try #require(meeting["evidence"] as? [[String: String]])
            let attended = evidence.filter { $0["role"] == "attended" }
            #expect(attended.compactMap { $0["name"] } == roles["attended"])
            #expect(attended.allSatisfy { $0["sentence"]?.contains("吴靖平、安立佳") == true && $0["rule"]?.isEmpty == false })
            #expect(evidence.first { $0["role"] == "presided" }?["sentence"]?.contains("韩俊调度") == true)
            // JSON promises every key, null when unknown.
            #expect(meeting.keys.contains("place"))
            // The command runs end to end as the executable would.
            try SeedGraph.run(["attendees", "畜禽粪污", "--format", "json", "--db", db])
        }
    }

    @Test("常务会议: the series stands for its numbered meeting, which 韩俊 presided")
    func executiveMeeting() throws {
        try SeedGraph.withGraph { db in
            let found = try meetings(["常务会议"], db: db)
            try #require(found.count == 1)
            #expect(found[0]["name"] as? String == "省政府2022年第14次常务会议")
            #expect((found[0]["roles"] as? [String: [String]])?["presided"] == ["韩俊"])
            #expect(try meetings(["第十四次常务会议"], db: db).map { $0["name"] as? String } == ["省政府2022年第14次常务会议"])
        }
    }

    @Test("十一次全会 finds the plenum through its alias 省委十一届十一次全会")
    func plenum() throws {
        try SeedGraph.withGraph { db in
            let found = try meetings(["十一次全会"], db: db)
            try #require(found.count == 1)
            #expect(found[0]["name"] as? String == "中国共产党吉林省第十一届委员会第十一次全体会议")
            #expect(found[0]["place"] as? String == "长春")
            #expect((found[0]["roles"] as? [String: [String]])?["spoke"] == ["景俊海"])
            #expect(found[0]["aliases"] as? [String] == ["省委十一届十一次全会"])
        }
    }

    @Test("--date keeps meetings of that day and explains a miss")
    func dateFilter() throws {
        try SeedGraph.withGraph { db in
            let onTheDay = try meetings(["常务会议", "--date", "2022-06-16"], db: db)
            #expect(onTheDay.count == 1)
            let error = SeedGraph.failure(["attendees", "常务会议", "--date", "2022-06-17", "--db", db])
            #expect(error?.description.contains("省政府2022年第14次常务会议 (2022-06-16)") == true)
            #expect(throws: (any Error).self) { try SeedGraph.run(["attendees", "常务会议", "--date", "6月16日", "--db", db]) }
        }
    }

    @Test("an unknown meeting fails with close matches")
    func unknownMeeting() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["attendees", "不存在的会", "--db", db])
            let message = try #require(error?.description)
            #expect(message.contains("no meeting matches “不存在的会”"))
            #expect(message.contains("close matches: "))
            #expect(message.contains("党代会"))
        }
    }

    @Test("the table lists each person with role and order, aligned for Chinese")
    func table() throws {
        try SeedGraph.withGraph { db in
            let text = try SeedGraph.command(["attendees", "畜禽粪污", "--db", db], as: AttendeesCommand.self).output()
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.first == "韩俊调度全省畜禽粪污资源化利用情况")
            let attended = lines.filter { $0.hasPrefix("attended") }
            #expect(attended.count == 8)
            // The evidence column starts at the same terminal column on every row.
            let starts = attended.compactMap { line -> Int? in
                guard let range = line.range(of: "吴靖平、") else { return nil }
                return TextTable.displayWidth(String(line[..<range.lowerBound]))
            }
            #expect(starts.count == 8 && Set(starts).count == 1)
            let csv = try SeedGraph.command(["attendees", "畜禽粪污", "--format", "csv", "--db", db], as: AttendeesCommand.self).output()
            #expect(csv.hasPrefix("key,name,date,place,article,role,ordinal,person,rule,evidence\n"))
            #expect(csv.contains(",attended,1,吴靖平,"))
            // --wide prints the evidence in full; without it a long sentence is cut with …
            let narrow = try SeedGraph.execute(["attendees", "畜禽粪污", "--db", db])
            let wide = try SeedGraph.execute(["attendees", "畜禽粪污", "--wide", "--db", db])
            #expect(narrow.stdout.contains("…") && wide.status == 0)
            #expect(wide.lines.filter { $0.hasPrefix("attended") }.allSatisfy { !$0.hasSuffix("…") && $0.contains("参加") })
        }
    }

    @Test("meeting names match loosely; short anaphor aliases never match", arguments: [
        ("常务会议", "省政府2022年第14次常务会议", true), ("第14次常务会议", "省政府2022年第14次常务会议", true),
        ("第十四次常务会议", "省政府2022年第14次常务会议", true), ("省政府2022年常务会议", "省政府2022年第14次常务会议", false),
        ("十一次全会", "中国共产党吉林省第十一届委员会第十一次全体会议", true), ("会议", "韩俊调度全省畜禽粪污资源化利用情况", false),
        ("会上", "韩俊调度全省畜禽粪污资源化利用情况", false), ("畜禽粪污", "韩俊调度全省畜禽粪污资源化利用情况", true),
    ])
    func matcher(query: String, name: String, matches: Bool) {
        let aliases = ["会议", "会上", "全会", "省委十一届十一次全会"].filter { !($0 == "省委十一届十一次全会" && !name.contains("委员会")) }
        #expect(MeetingNameMatcher.matches(query: query, name: name, aliases: aliases) == matches)
    }

    @Test("the loose form drops 的第次 and writes numbers in digits")
    func looseForm() {
        #expect(MeetingNameMatcher.looseForm("省政府2022年第十四次常务会议") == "省政府2022年14常务会议")
        #expect(MeetingNameMatcher.looseForm("省委十一届十一次全会") == "省委11届11全会")
        #expect(MeetingNameMatcher.looseForm("党的二十大") == "党20大")
    }
}

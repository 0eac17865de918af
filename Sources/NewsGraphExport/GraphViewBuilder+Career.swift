import NewsGraphModel
import NewsGraphStore

extension GraphViewBuilder {
    /// A person's career on a time axis: the posts they were printed with and the meetings they
    /// had a role at, each in the month it was first seen, months left to right.
    ///
    /// A post is one node per post and organisation (`吉林省长` for a `省长` the articles place in
    /// 吉林, see `postName`) with its organisation, the dates first and last seen, and when the
    /// text said so the day it began (`任`) or ended (`免`). The meetings of one name in one month are
    /// one node whose subtitle counts the person's roles (`主持 ×2 · 讲话`, see `roleLabel`) and
    /// lists the days. Each node's `GraphNode.rank` is its month (`2022-06`), so `DOTWriter` puts
    /// the months on an axis in order; undated nodes, and those dated without a year, share the
    /// rank `undatedRank`, drawn last. The person is the title, not a node, so no fan of edges
    /// crosses the axis; the view has no edges. Laid out `.timeline`.
    ///
    /// - Throws: `NewsGraphError(.notFound)` with close matches when no person is called `name`.
    public func career(named name: String) throws -> GraphView {
        guard let entity = try store.entity(.person, named: name), let record = try store.personRecord(id: entity.id) else {
            throw try notFound("no person is called “\(name)”", query: name, kinds: [.person])
        }
        var assembly = GraphViewAssembly()
        let provinces = record.posts.contains { Self.isProvinceRelative($0.name) }
            ? try store.provinces(ofPersons: [record.name]) : [:]
        for (index, post) in record.posts.enumerated() {
            let name = Self.postName(post.name, province: Self.province(of: record.name, in: post.articleIds, provinces: provinces))
            var lines = [post.organization, Self.span(post.firstSeen, post.lastSeen)].compactMap { $0 }
            if let began = post.began { lines.append("任 " + began) }
            if let ended = post.ended { lines.append("免 " + ended) }
            let rank = Self.month(of: post.firstSeen)
            assembly.addNode("post:" + name + "\u{1F}" + (post.organization ?? ""), kind: .post, name: name,
                             distinction: post.organization ?? "", order: Self.careerOrder(post.firstSeen, 1, index),
                             subtitle: lines.isEmpty ? nil : lines.joined(separator: "\n"), rank: rank,
                             key: Self.postKey(name, organization: post.organization), date: post.firstSeen)
        }
        var groups: [String] = []
        var members: [String: [PersonMeeting]] = [:]
        for meeting in record.meetings {
            let group = Self.month(of: meeting.date) + "\u{1F}" + meeting.meeting
            if members[group] == nil { groups.append(group) }
            members[group, default: []].append(meeting)
        }
        for (index, group) in groups.enumerated() {
            let meetings = members[group] ?? []
            guard let first = meetings.first else { continue }
            let rank = Self.month(of: first.date)
            let counts = RelationKind.meetingRoles.compactMap { role -> (RelationKind, Int)? in
                let count = meetings.filter { $0.roles.contains(role) }.count
                return count > 0 ? (role, count) : nil
            }
            var lines = [Self.roleLabel(counts)]
            let days = meetings.compactMap(\.date)
            if !days.isEmpty { lines.append(days.count > 3 ? days.prefix(3).joined(separator: "、") + " …" : days.joined(separator: "、")) }
            assembly.addNode(meetings.count == 1 ? Self.handle(first.meetingId) : "meetings:" + group, kind: .meeting,
                             name: first.meeting, distinction: meetings.count == 1 ? first.date ?? "undated" : rank,
                             order: Self.careerOrder(first.date, 2, index), subtitle: lines.joined(separator: "\n"), rank: rank,
                             key: meetings.count == 1 && !first.key.isEmpty ? first.key : nil,
                             date: meetings.count == 1 ? first.date : nil)
        }
        let title = "履历：" + record.name + " · \(record.posts.count) 个职务 · \(record.meetings.count) 次会议"
        return try finish(assembly, title: title, layoutHint: .timeline)
    }

    /// The month of a `YYYY-MM-DD` date (`2022-06`), or `undatedRank` for none or a date without a year.
    static func month(of date: String?) -> String {
        guard let bytes = date.map({ Array($0.utf8) }), bytes.count >= 7, bytes[4] == UInt8(ascii: "-"),
              bytes[0..<4].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let date else { return undatedRank }
        return String(date.prefix(7))
    }

    /// The order of a career node: its day (undated last), posts (1) before meetings (2), then its place in the record.
    static func careerOrder(_ date: String?, _ part: Int, _ index: Int) -> String {
        (date.flatMap { month(of: $0) == undatedRank ? nil : $0 } ?? "9999") + ".\(part)." + GraphViewAssembly.padded(index)
    }
}

import NewsGraphModel
import NewsGraphStore

extension GraphViewBuilder {
    /// A person's neighbourhood: their meetings with their roles there, the posts they were printed
    /// with (`任职`; one node per post and organisation, the organisation and the dates seen as
    /// subtitle), the organisations they belong to (`隶属`, dates seen as subtitle), and — at `depth`
    /// 2 or more — the other people with a role at those meetings, with their role edges. Depths
    /// beyond 2 draw the same as 2. A post relative to a province is drawn with it (`吉林省长`) when
    /// the articles that print it place the person in one province (`postName`).
    /// Laid out `.ranked`, left to right.
    ///
    /// With `groupsRoles` (a drawing) the meetings of one name are one node (`省政府常务会议`,
    /// subtitle `3 次 · 2022-05-05 – 2022-06-16`), and each participant has one edge to it whose
    /// label counts their roles there (`主持 ×3 · 讲话`, roles in `RelationKind.meetingRoles`
    /// order, drawn in the style of the first), so neither a fan of like edges nor a `主持` and a
    /// `讲话` edge on top of each other is drawn; above `coAttendeeLimit` other people, those met at one
    /// node only are counted there (`另 5 人`), not drawn. Without it (the data exports) each meeting is a
    /// node and each role relation an edge, with its printed ordinal.
    ///
    /// - Throws: `NewsGraphError(.notFound)` with close matches when no person is called
    ///   `name`; `.invalidArgument` for a depth below 1.
    public func person(named name: String, depth: Int = 1) throws -> GraphView {
        guard depth >= 1 else { throw NewsGraphError(.invalidArgument, "the depth must be at least 1, not \(depth)") }
        guard let entity = try store.entity(.person, named: name), let record = try store.personRecord(id: entity.id) else {
            throw try notFound("no person is called “\(name)”", query: name, kinds: [.person])
        }
        var assembly = GraphViewAssembly()
        let personHandle = Self.handle(record.entityId)
        assembly.addNode(personHandle, kind: .person, name: record.name, distinction: "\(record.entityId)", order: "0",
                         subtitle: record.aliases.isEmpty ? nil : "又名 " + record.aliases.joined(separator: "、"),
                         key: record.key.isEmpty ? nil : record.key)
        if groupsRoles {
            try addMeetingGroups(of: record, depth: depth, to: &assembly)
        } else {
            try addMeetings(of: record, depth: depth, to: &assembly)
        }
        let provinces = record.posts.contains { Self.isProvinceRelative($0.name) }
            ? try store.provinces(ofPersons: [record.name]) : [:]
        for (index, post) in record.posts.enumerated() {
            // `省长` held in 吉林 is drawn `吉林省长` (see `postName`).
            let name = Self.postName(post.name, province: Self.province(of: record.name, in: post.articleIds, provinces: provinces))
            let handle = "post:" + name + "\u{1F}" + (post.organization ?? "")
            let subtitle = [post.organization, Self.span(post.firstSeen, post.lastSeen)].compactMap { $0 }
            let key = Self.postKey(name, organization: post.organization)
            assembly.addNode(handle, kind: .post, name: name, distinction: post.organization ?? "",
                             order: "3." + GraphViewAssembly.padded(index),
                             subtitle: subtitle.isEmpty ? nil : subtitle.joined(separator: " · "), key: key)
            assembly.addEdge(from: personHandle, to: handle, kind: .holdsPost, label: Self.label(for: .holdsPost),
                             facts: GraphViewAssembly.EdgeFacts(date: post.firstSeen, article: post.articleKeys.first, evidence: nil))
        }
        for (index, organization) in record.organizations.enumerated() {
            let handle = Self.handle(.organization, named: organization.name)
            assembly.addNode(handle, kind: .organization, name: organization.name, distinction: organization.name,
                             order: "4." + GraphViewAssembly.padded(index),
                             subtitle: Self.span(organization.firstSeen, organization.lastSeen))
            assembly.addEdge(from: personHandle, to: handle, kind: .affiliatedWith, label: Self.label(for: .affiliatedWith),
                             facts: GraphViewAssembly.EdgeFacts(date: organization.firstSeen, article: organization.articleKeys.first, evidence: nil))
        }
        let title = "人物：" + record.name + (depth >= 2 ? " · 与会者" : "")
        return try finish(assembly, title: title, layoutHint: .ranked)
    }

    /// Adds each meeting of `record` as a node, an edge for each role relation, and at `depth` 2
    /// the other people with a role there.
    private func addMeetings(of record: PersonRecord, depth: Int, to assembly: inout GraphViewAssembly) throws {
        let personHandle = Self.handle(record.entityId)
        for (index, meeting) in record.meetings.enumerated() {
            let meetingHandle = Self.handle(meeting.meetingId)
            let order = GraphViewAssembly.padded(index)
            assembly.addNode(meetingHandle, kind: .meeting, name: meeting.meeting, distinction: meeting.date ?? "undated",
                             order: "1." + order, subtitle: meeting.date, key: meeting.key.isEmpty ? nil : meeting.key,
                             date: meeting.date)
            guard let attendance = try store.meetingAttendance(meetingId: meeting.meetingId) else { continue }
            for (position, participant) in attendance.participants.enumerated() {
                guard let id = participant.participantId, let participantName = participant.participantName else { continue }
                if id == record.entityId {
                    assembly.addEdge(from: personHandle, to: meetingHandle, kind: participant.role,
                                     label: Self.label(for: participant.role), ordinal: participant.ordinal,
                                     relationId: participant.relationId)
                } else if depth >= 2, participant.participantKind == .person {
                    assembly.addNode(Self.handle(id), kind: .person, name: participantName, distinction: "\(id)",
                                     order: "2." + order + "." + Self.printOrder(participant, position: position))
                    assembly.addEdge(from: Self.handle(id), to: meetingHandle, kind: participant.role,
                                     label: Self.label(for: participant.role), ordinal: participant.ordinal,
                                     relationId: participant.relationId)
                }
            }
        }
    }

    /// The roles one participant had at the meetings of one name: how many meetings for each role.
    private struct RoleTally {
        var meetings: [RelationKind: Set<Int64>] = [:]
        var relationIds: [Int64] = []
    }

    /// Adds the meetings of `record` one node per name, and one edge per participant and name
    /// whose label counts the roles (`roleLabel`); at `depth` 2 the other people with a role there.
    /// When more than `coAttendeeLimit` others would be drawn, those met at only one of the nodes
    /// are counted in its subtitle (`另 5 人`) instead of drawn.
    private func addMeetingGroups(of record: PersonRecord, depth: Int, to assembly: inout GraphViewAssembly) throws {
        var names: [String] = []
        var groups: [String: [PersonMeeting]] = [:]
        for meeting in record.meetings {
            if groups[meeting.meeting] == nil { names.append(meeting.meeting) }
            groups[meeting.meeting, default: []].append(meeting)
        }
        struct Participant {
            var id: Int64
            var name: String
            var order: String
        }
        // Per node: who had a role there, first seen first, and their tallies.
        var participants: [[Participant]] = []
        var tallies: [[Int64: RoleTally]] = []
        var nodesMet: [Int64: Int] = [:]
        for (index, name) in names.enumerated() {
            var seen: [Participant] = []
            var tally: [Int64: RoleTally] = [:]
            for meeting in groups[name] ?? [] {
                guard let attendance = try store.meetingAttendance(meetingId: meeting.meetingId) else { continue }
                for (position, participant) in attendance.participants.enumerated() {
                    guard let id = participant.participantId, let participantName = participant.participantName else { continue }
                    guard id == record.entityId || (depth >= 2 && participant.participantKind == .person) else { continue }
                    if tally[id] == nil {
                        seen.append(Participant(id: id, name: participantName,
                                                order: "2." + GraphViewAssembly.padded(index) + "." + Self.printOrder(participant, position: position)))
                        nodesMet[id, default: 0] += 1
                    }
                    tally[id, default: RoleTally()].meetings[participant.role, default: []].insert(meeting.meetingId)
                    tally[id, default: RoleTally()].relationIds.append(participant.relationId)
                }
            }
            participants.append(seen)
            tallies.append(tally)
        }
        let others = nodesMet.keys.filter { $0 != record.entityId }.count
        let folds = others > coAttendeeLimit
        for (index, name) in names.enumerated() {
            let meetings = groups[name] ?? []
            let groupHandle = meetings.count == 1 ? Self.handle(meetings[0].meetingId) : "meetings:" + name
            let folded = folds ? participants[index].filter { $0.id != record.entityId && nodesMet[$0.id] == 1 }.count : 0
            let dates = meetings.compactMap(\.date)
            var subtitle = meetings.count == 1 ? meetings[0].date
                : (["\(meetings.count) 次"] + [Self.span(dates.first, dates.last)].compactMap { $0 }).joined(separator: " · ")
            if folded > 0 { subtitle = (subtitle.map { $0 + " · " } ?? "") + "另 \(folded) 人" }
            assembly.addNode(groupHandle, kind: .meeting, name: name, distinction: meetings.count == 1 ? meetings[0].date ?? "undated" : "×",
                             order: "1." + GraphViewAssembly.padded(index), subtitle: subtitle,
                             key: meetings.count == 1 && !meetings[0].key.isEmpty ? meetings[0].key : nil,
                             date: meetings.count == 1 ? meetings[0].date : nil)
            for participant in participants[index] {
                guard let tally = tallies[index][participant.id] else { continue }
                if participant.id != record.entityId {
                    if folds, nodesMet[participant.id] == 1 { continue }
                    assembly.addNode(Self.handle(participant.id), kind: .person, name: participant.name,
                                     distinction: "\(participant.id)", order: participant.order)
                }
                let counts = RelationKind.meetingRoles.compactMap { role in tally.meetings[role].map { (role, $0.count) } }
                guard let first = counts.first else { continue }
                for relationId in tally.relationIds {
                    assembly.addEdge(from: Self.handle(participant.id), to: groupHandle, kind: first.0,
                                     label: Self.roleLabel(counts), relationId: relationId)
                }
            }
        }
    }

    /// The label of a grouped edge: each role's name with its count above one, `主持 ×3 · 讲话`.
    static func roleLabel(_ counts: [(RelationKind, Int)]) -> String {
        counts.map { role, count in label(for: role) + (count > 1 ? " ×\(count)" : "") }.joined(separator: " · ")
    }
}

import NewsGraphModel
import NewsGraphStore

extension GraphViewBuilder {
    // MARK: Meeting

    /// The meetings `query` names (as `GraphStore.meetingAttendance(matching:on:)` finds them:
    /// a series stands for its numbered meetings) with their people, place and series.
    ///
    /// Each meeting is a node with its date as subtitle; each participant (person, or a body
    /// that reported) has an edge to it labelled with the role — `主持`, `讲话`, `出席`,
    /// `汇报` — and, for a printed list, its place in the list as ordinal (0 first). A
    /// person's subtitle is the post(s) printed with them in the meeting's article. The place
    /// (`举行于`) and the series (`属于`) are nodes of their own. Laid out `.ranked`, left to right.
    ///
    /// - Parameter date: only meetings held on this `YYYY-MM-DD` date.
    /// - Throws: `NewsGraphError(.notFound)` when no meeting matches (with close matches), or
    ///   when matching meetings were held on other dates (naming them).
    public func meeting(matching query: String, date: String? = nil) throws -> GraphView {
        let meetings = try store.meetingAttendance(matching: query, on: date)
        guard !meetings.isEmpty else {
            if let date {
                let others = try store.meetingAttendance(matching: query)
                if !others.isEmpty {
                    throw NewsGraphError(.notFound, file: store.path,
                                         "no meeting matching “\(query)” was held on \(date); matching meetings: "
                                             + others.map { "\($0.name) (\($0.date ?? "undated"))" }.joined(separator: "、"))
                }
            }
            throw try notFound("no meeting matches “\(query)”", query: query, kinds: [.meeting])
        }
        var assembly = GraphViewAssembly()
        for (index, meeting) in meetings.enumerated() { try addMeeting(meeting, index: index, to: &assembly) }
        let title: String
        if meetings.count == 1, let only = meetings.first {
            title = "会议：" + only.name + (only.date.map { " · " + $0 } ?? "")
        } else {
            title = "会议：“\(query)”" + (date.map { " · " + $0 } ?? "") + " · \(meetings.count) 次"
        }
        return try finish(assembly, title: title, layoutHint: .ranked)
    }

    /// Adds a meeting, its participants with their posts, its place and its series; `index`
    /// is the meeting's place in the view, which orders its nodes.
    func addMeeting(_ meeting: MeetingAttendance, index: Int, to assembly: inout GraphViewAssembly) throws {
        let meetingHandle = Self.handle(meeting.meetingId)
        let order = GraphViewAssembly.padded(index)
        assembly.addNode(meetingHandle, kind: .meeting, name: meeting.name, distinction: meeting.date ?? "undated",
                         order: order + ".0", subtitle: meeting.date, key: meeting.key.isEmpty ? nil : meeting.key,
                         date: meeting.date)
        let meetingFacts = GraphViewAssembly.EdgeFacts(date: meeting.date, article: meeting.article?.key, evidence: nil)
        let personIds = meeting.participants.filter { $0.participantKind == .person }.compactMap(\.participantId)
        let articles = Set(meeting.participants.map(\.articleId))
        var posts: [Int64: [String]] = [:]
        let printed = try store.links(relationKinds: [.holdsPost], touching: personIds)
            .filter { articles.contains($0.articleId) && personIds.contains($0.subject.id) }
            .sorted { ($0.articleId, $0.evidenceStart, $0.relationId) < ($1.articleId, $1.evidenceStart, $1.relationId) }
        for link in printed where !(posts[link.subject.id] ?? []).contains(link.object.name) {
            posts[link.subject.id, default: []].append(link.object.name)
        }
        for (position, participant) in meeting.participants.enumerated() {
            guard let id = participant.participantId, let kind = participant.participantKind,
                  let name = participant.participantName else { continue }
            assembly.addNode(Self.handle(id), kind: kind, name: name, distinction: "\(id)",
                             order: order + "." + Self.printOrder(participant, position: position),
                             subtitle: posts[id].map { $0.joined(separator: "、") })
            assembly.addEdge(from: Self.handle(id), to: meetingHandle, kind: participant.role,
                             label: Self.label(for: participant.role), ordinal: participant.ordinal,
                             relationId: participant.relationId)
        }
        if let place = meeting.place {
            let handle = try entityHandle(.place, named: place)
            assembly.addNode(handle, kind: .place, name: place, distinction: handle, order: order + ".8")
            assembly.addEdge(from: meetingHandle, to: handle, kind: .heldIn, label: Self.label(for: .heldIn), facts: meetingFacts)
        }
        if let series = meeting.series {
            let entity = try store.entity(.meeting, named: series)
            let handle = entity.map { Self.handle($0.id) } ?? Self.handle(.meeting, named: series)
            assembly.addNode(handle, kind: .meeting, name: entity?.name ?? series, distinction: entity?.key ?? series,
                             order: order + ".9", subtitle: "系列 series")
            assembly.addEdge(from: meetingHandle, to: handle, kind: .partOf, label: Self.label(for: .partOf), facts: meetingFacts)
        }
    }

    /// A participant's place among a meeting's people: role (in `RelationKind.meetingRoles`
    /// order, from 1), printed ordinal (unnumbered last), then `position` in the attendance.
    static func printOrder(_ participant: RoleRow, position: Int) -> String {
        let role = (RelationKind.meetingRoles.firstIndex(of: participant.role) ?? RelationKind.meetingRoles.count) + 1
        return "\(role)." + GraphViewAssembly.padded(participant.ordinal ?? 9999) + "." + GraphViewAssembly.padded(position)
    }

    /// The handle of the entity of `kind` called `name`, or a name handle when none is stored.
    private func entityHandle(_ kind: EntityKind, named name: String) throws -> String {
        try store.entityId(kind, named: name).map(Self.handle) ?? Self.handle(kind, named: name)
    }

    // MARK: Policy

    /// The rank of a policy event without a date: after every ISO date in string order.
    public static let undatedRank = "日期不明"

    /// The timelines of the policies whose name contains `query`, left to right by date.
    ///
    /// There is no article kind of node, so a timeline is drawn as one `.policy` node per
    /// policy and date (`GraphNode.rank` = the date, so `DOTWriter` puts the dates on an axis
    /// in order): its label is the policy's name, its subtitle says what happened that day
    /// (`2022-05-12 · 印发、落实`), then the article(s) that say so (`据 2022-06-17《我省社保…》`:
    /// the issue date when it is not that day, paper and page when known, the title in 《》 cut
    /// to `titleLength` characters), then figures printed with it. The bodies that issued it have `印发` edges to that day's node, a meeting that
    /// carried it out a `落实` edge, a meeting whose article names it a `讨论` edge (relation
    /// `mentions`). Events without a date share one node ranked `undatedRank`, drawn last.
    ///
    /// - Throws: `NewsGraphError(.notFound)` with close matches when no policy name contains `query`.
    public func policy(matching query: String) throws -> GraphView {
        let traces = try store.policyTraces(matching: query)
        guard !traces.isEmpty else {
            throw try notFound("no policy name contains “\(query)”", query: query, kinds: [.policy])
        }
        var assembly = GraphViewAssembly()
        for (index, trace) in traces.enumerated() { try addTrace(trace, index: index, to: &assembly) }
        let title = traces.count == 1 ? "政策：\(traces[0].name) · 时间线" : "政策：“\(query)” · \(traces.count) 项 · 时间线"
        return try finish(assembly, title: title, layoutHint: .timeline)
    }

    /// The Chinese name of what happened to a policy.
    public static func label(for action: PolicyTrace.Action) -> String {
        switch action {
        case .issued: "印发"
        case .implemented: "落实"
        case .discussed: "讨论"
        case .mentioned: "提及"
        }
    }

    /// Adds one policy's dated nodes, its issuers and its meetings; `index` is the policy's
    /// place in the view, which orders its nodes.
    func addTrace(_ trace: PolicyTrace, index: Int, to assembly: inout GraphViewAssembly) throws {
        let order = GraphViewAssembly.padded(index)
        // Who issued or carried it out, by name, with the entity the store holds.
        var subjects: [String: LinkRow.End] = [:]
        for link in try store.links(relationKinds: [.issued, .implements], touching: [trace.policyId])
            where link.object.id == trace.policyId && subjects[link.subject.name] == nil {
            subjects[link.subject.name] = link.subject
        }
        var days: [String] = []
        var events: [String: [PolicyTrace.Event]] = [:]
        for event in trace.events {
            let day = event.date ?? Self.undatedRank
            if events[day] == nil { days.append(day) }
            events[day, default: []].append(event)
        }
        if trace.events.isEmpty {
            assembly.addNode(Self.handle(trace.policyId), kind: .policy, name: trace.name, distinction: "\(trace.policyId)",
                             order: order + ".0", subtitle: "无记载 no events", key: trace.key.isEmpty ? nil : trace.key)
        }
        var actors = 0
        for (dayIndex, day) in days.enumerated() {
            let dayEvents = events[day] ?? []
            let handle = "event:\(trace.policyId):\(day)"
            assembly.addNode(handle, kind: .policy, name: trace.name, distinction: day,
                             order: order + ".1." + GraphViewAssembly.padded(dayIndex),
                             subtitle: subtitle(day: day, events: dayEvents), rank: day,
                             key: (trace.key.isEmpty ? nil : trace.key).map { $0 + "#" + day },
                             date: day == Self.undatedRank ? nil : day)
            for event in dayEvents {
                let kind: RelationKind
                switch event.action {
                case .issued: kind = .issued
                case .implemented: kind = .implements
                case .discussed: kind = .mentions
                case .mentioned: continue
                }
                for name in event.by {
                    let end = subjects[name]
                    let nodeKind = end?.kind ?? (event.action == .issued ? .organization : .meeting)
                    let byHandle = end.map { Self.handle($0.id) } ?? Self.handle(nodeKind, named: name)
                    if !assembly.contains(byHandle) { actors += 1 }
                    assembly.addNode(byHandle, kind: nodeKind, name: name, distinction: end?.key ?? name,
                                     order: order + ".2." + GraphViewAssembly.padded(actors),
                                     subtitle: nodeKind == .meeting ? end?.date : nil,
                                     date: nodeKind == .meeting ? end?.date : nil)
                    assembly.addEdge(from: byHandle, to: handle, kind: kind, label: Self.label(for: event.action),
                                     facts: GraphViewAssembly.EdgeFacts(date: event.date, article: event.article.key, evidence: event.evidence))
                }
            }
        }
    }

    /// What a policy's day node says: the day and what happened, the articles, the figures.
    private func subtitle(day: String, events: [PolicyTrace.Event]) -> String {
        var actions: [String] = []
        for event in events where !actions.contains(Self.label(for: event.action)) { actions.append(Self.label(for: event.action)) }
        var lines = [day + " · " + actions.joined(separator: "、")]
        var articleIds: [Int64] = []
        for event in events where !articleIds.contains(event.article.id) {
            articleIds.append(event.article.id)
            guard articleIds.count <= articlesPerDate else { continue }
            let article = event.article
            var source: [String] = []
            if let issue = article.issueDate, issue != day { source.append(issue) }
            if let paper = article.paper { source.append(paper) }
            if let page = article.page { source.append("第\(page)版") }
            lines.append("据" + source.map { " " + $0 }.joined() + "《" + shortened(article.title) + "》")
        }
        if articleIds.count > articlesPerDate { lines.append("另 \(articleIds.count - articlesPerDate) 篇") }
        var figures: [String] = []
        for event in events {
            if let figure = event.figures, !figure.isEmpty, !figures.contains(figure) { figures.append(figure) }
        }
        if !figures.isEmpty { lines.append(figures.joined(separator: "、")) }
        return lines.joined(separator: "\n")
    }

    // MARK: Whole graph

    /// Every relation between two entities, cut down to `kinds` (both ends must be of them)
    /// and to relations dated within `from` … `to` (`YYYY-MM-DD`, inclusive; a relation's date
    /// is its own, else its article's issue date).
    ///
    /// A post relative to a province (`省长`, `省委书记`, `副省长`) is one node per province
    /// (`吉林省长`, `江苏省长`), its holders placed by the article that prints it
    /// (`GraphStore.provinces(ofPersons:)`); held where no province is known, it stays `省长`.
    ///
    /// Entities that take part in no such relation are left out, as are relations whose subject
    /// is an article (`mentions`, `reported_by`). A relation printed several times is one edge
    /// (the lowest print ordinal kept). Meetings carry their date as subtitle. A view of more than
    /// `largeViewNodeLimit` nodes is hinted `.large` and drawn force-directed, where `DOTWriter`
    /// leaves its edges unlabelled (the legend tells the relations apart by line and colour);
    /// the view itself keeps every label and ordinal, for the data exports.
    ///
    /// - Throws: `NewsGraphError(.invalidArgument)` for an empty set of kinds, `.notFound`
    ///   when nothing is left to draw.
    public func whole(kinds: Set<EntityKind>? = nil, from: String? = nil, to: String? = nil) throws -> GraphView {
        if let kinds, kinds.isEmpty { throw NewsGraphError(.invalidArgument, "name at least one kind of entity to draw") }
        // A view of the whole graph reads no relation's detail or evidence start.
        let links = try store.firstLinks(entityKinds: kinds, from: from, to: to, details: false)
        let kindNames = kinds.map { kinds in EntityKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ", ") }
        guard !links.isEmpty else {
            var what = "no relation"
            if let kindNames { what += " between entities of kind " + kindNames }
            switch (from, to) {
            case let (from?, to?): what += " dated \(from) – \(to)"
            case let (from?, nil): what += " dated on or after \(from)"
            case let (nil, to?): what += " dated on or before \(to)"
            default: break
            }
            throw NewsGraphError(.notFound, file: store.path, "nothing to draw: the graph holds " + what)
        }
        var assembly = GraphViewAssembly()
        // At most one edge per link; nodes are fewer than link ends (a quarter of the links in a large graph:
        // the estimate only spares the first growths).
        assembly.reserve(nodes: links.count / 2, edges: links.count)
        // A post relative to a province is one node per province: `吉林省长`, `江苏省长`.
        let relativePosts = links.filter { $0.kind == .holdsPost && $0.object.kind == .post && Self.isProvinceRelative($0.object.name) }
        // Only the articles those links come from are asked about.
        let provinces = try store.provinces(of: relativePosts.map { ($0.articleId, $0.subject.name) })
        // The stored posts of the names drawn per province, looked up in one read.
        var drawnPosts: Set<String> = []
        for link in relativePosts {
            let name = Self.postName(link.object.name, province: provinces[link.articleId]?[link.subject.name])
            if name != link.object.name { drawnPosts.insert(name) }
        }
        let storedPosts = try store.entityIds(.post, named: drawnPosts.sorted())
        var postHandles: [String: String] = [:]
        func add(_ end: LinkRow.End) {
            assembly.addNode(Self.handle(end.id), kind: end.kind, name: end.name, distinction: end.key,
                             subtitle: end.kind == .meeting ? end.date : nil, date: end.kind == .meeting ? end.date : nil)
        }
        /// An edge of the drawing: its ends' handles and its kind.
        struct Drawn: Hashable {
            var from: String
            var to: String
            var kind: RelationKind
        }
        // `links` holds one link per (subject, object, kind), so only a post drawn under another name
        // (`吉林省长` for `省长`) can meet another link's edge: the edges of posts are merged here, the
        // lowest ordinal kept, and every other link is an edge of its own.
        var posts: [Drawn: (link: LinkRow, ordinal: Int?)] = [:]
        var handles: [Int64: String] = [:]
        func handle(_ id: Int64) -> String {
            if let known = handles[id] { return known }
            let made = Self.handle(id)
            handles[id] = made
            return made
        }
        for link in links {
            let from = handle(link.subject.id)
            var to = handle(link.object.id)
            let isPost = link.kind == .holdsPost && link.object.kind == .post
            if isPost, case let name = Self.postName(link.object.name, province: provinces[link.articleId]?[link.subject.name]),
               name != link.object.name {
                // The stored post of that name when there is one (printed `吉林省长`), else a node of its own.
                if postHandles[name] == nil { postHandles[name] = storedPosts[name].map(Self.handle) ?? Self.handle(.post, named: name) }
                to = postHandles[name]!
                assembly.addNode(to, kind: .post, name: name, distinction: name, key: to.hasPrefix("e:") ? nil : Self.postKey(name))
                add(link.subject)
            } else {
                add(link.subject)
                add(link.object)
            }
            guard isPost else {
                assembly.addEdge(from: from, to: to, kind: link.kind, label: Self.label(for: link.kind), ordinal: link.ordinal,
                                 relationId: link.relationId)
                continue
            }
            let key = Drawn(from: from, to: to, kind: link.kind)
            if let known = posts[key] {
                if let ordinal = link.ordinal, known.ordinal.map({ ordinal < $0 }) ?? true { posts[key]?.ordinal = ordinal }
            } else {
                posts[key] = (link, link.ordinal)
            }
        }
        let large = assembly.nodeCount > largeViewNodeLimit
        for (key, (link, ordinal)) in posts {
            assembly.addEdge(from: key.from, to: key.to, kind: link.kind, label: Self.label(for: link.kind), ordinal: ordinal,
                             relationId: link.relationId)
        }
        let edgeCount = assembly.edgeCount
        var title = "NewsGraph 全图"
        if let kindNames { title += " · " + kindNames }
        if from != nil || to != nil { title += " · " + (from ?? "…") + " – " + (to ?? "…") }
        title += " · \(assembly.nodeCount) 个实体, \(edgeCount) 条关系"
        return try finish(assembly, title: title, layoutHint: large ? .large : .ranked)
    }
}

import NewsGraphModel
import NewsGraphStore

extension GraphViewBuilder {
    /// The provincial-level divisions by the short names the articles and `person_votes` use.
    static let provinceNames = [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
        "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
    ]

    /// `view` with each node's `GraphNode.cluster` set to the province or organisation it belongs to,
    /// for `DOTWriter` to frame together.
    ///
    /// - `.province`: a person goes to the province most of the articles that print them place
    ///   them in (`GraphStore.provinces(ofPersons:)`, ties to the first name in `provinceNames`
    ///   order); a post, organisation, place or meeting whose name begins with a province's name
    ///   (`吉林省长`, `吉林省委`) to that province.
    /// - `.organization`: an organisation is its own group; a person goes to the organisation they
    ///   are affiliated with (`隶属`) that has most such people in the view, ties to the name that
    ///   sorts first; without one, to the organisation printed with their posts most often
    ///   (`postOrganizations`).
    ///
    /// A node still without a group then joins the group most of its neighbours have (ties to the
    /// name that sorts first), in one pass, so the result does not depend on node order; groups of
    /// one node are dropped. Only `cluster` changes.
    public func clustered(_ view: GraphView, by clustering: GraphClustering) throws -> GraphView {
        var group: [String: String] = [:]
        switch clustering {
        case .province:
            let people = view.nodes.filter { $0.kind == .person }
            let placed = try store.provinces(ofPersons: Set(people.map(\.label)))
            var votes: [String: [String: Int]] = [:]
            for byName in placed.values {
                for (name, province) in byName { votes[name, default: [:]][province, default: 0] += 1 }
            }
            for node in view.nodes {
                if node.kind == .person, let tally = votes[node.label] {
                    group[node.id] = Self.winner(tally, order: Self.provinceNames)
                } else if node.kind != .person, let province = Self.provinceNames.first(where: { node.label.hasPrefix($0) }) {
                    group[node.id] = province
                }
            }
        case .organization:
            let labels = Dictionary(view.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var members: [String: Int] = [:]
            var affiliations: [String: [String]] = [:]
            for edge in view.edges where edge.kind == .affiliatedWith {
                guard let organization = labels[edge.to], organization.kind == .organization else { continue }
                members[organization.label, default: 0] += 1
                affiliations[edge.from, default: []].append(organization.label)
            }
            let printed = try postOrganizations(of: view.nodes.filter { $0.kind == .person && affiliations[$0.id] == nil }.map(\.label))
            for node in view.nodes {
                if node.kind == .organization {
                    group[node.id] = node.label
                } else if let names = affiliations[node.id] {
                    group[node.id] = Self.winner(Dictionary(names.map { ($0, members[$0] ?? 0) }, uniquingKeysWith: max), order: [])
                } else if node.kind == .person, let tally = printed[node.label] {
                    group[node.id] = Self.winner(tally, order: [])
                }
            }
        }
        // The nodes left join their neighbours' most common group.
        var neighbours: [String: [String: Int]] = [:]
        for edge in view.edges where edge.from != edge.to {
            if let to = group[edge.to] { neighbours[edge.from, default: [:]][to, default: 0] += 1 }
            if let from = group[edge.from] { neighbours[edge.to, default: [:]][from, default: 0] += 1 }
        }
        var joined = group
        for node in view.nodes where group[node.id] == nil {
            if let tally = neighbours[node.id] { joined[node.id] = Self.winner(tally, order: []) }
        }
        var sizes: [String: Int] = [:]
        for name in joined.values { sizes[name, default: 0] += 1 }
        var result = view
        result.nodes = view.nodes.map { node in
            var node = node
            node.cluster = joined[node.id].flatMap { (sizes[$0] ?? 0) > 1 ? $0 : nil }
            return node
        }
        return result
    }

    /// For each person called one of `names`, how many of their `任职` relations print each
    /// organisation with the post (`省委` for `省委副书记`), a province-relative one with the province the
    /// article places them in (`吉林省委`, see `postName`).
    func postOrganizations(of names: [String]) throws -> [String: [String: Int]] {
        var ids: [Int64: String] = [:]
        for name in Set(names) { if let entity = try store.entity(.person, named: name) { ids[entity.id] = name } }
        guard !ids.isEmpty else { return [:] }
        let provinces = try store.provinces(ofPersons: Set(ids.values))
        var tally: [String: [String: Int]] = [:]
        for link in try store.links(relationKinds: [.holdsPost], touching: ids.keys.sorted()) {
            guard let name = ids[link.subject.id], let detail = link.detail, !detail.isEmpty else { continue }
            tally[name, default: [:]][Self.postName(detail, province: provinces[link.articleId]?[name]), default: 0] += 1
        }
        return tally
    }

    /// The name with the highest count; ties to the first in `order`, then the one that sorts first.
    static func winner(_ counts: [String: Int], order: [String]) -> String? {
        counts.min { a, b in
            if a.value != b.value { return a.value > b.value }
            let (ia, ib) = (order.firstIndex(of: a.key) ?? order.count, order.firstIndex(of: b.key) ?? order.count)
            return ia != ib ? ia < ib : a.key < b.key
        }?.key
    }
}

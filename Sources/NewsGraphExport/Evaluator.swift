import Foundation
import NewsGraphModel

/// Scores extracted facts against a gold file: precision, recall and F1 per field.
///
/// Facts are pooled per source file (a gold article and the stored articles of the same file
/// are compared as one). Persons compare by name; titles as (person, title) pairs;
/// organisations and policies by name with `《》“”` removed (policies also loosely: one name
/// containing the other); meetings are aligned one to one by name (or the same numbered
/// meeting), else by date and shared participants; meeting roles as (role, person) pairs.
public struct Evaluator: Sendable {
    public struct Score: Codable, Sendable, Equatable {
        public var field: String
        public var gold: Int
        public var system: Int
        public var matched: Int
        public var precision: Double { system == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(system) }
        public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// What was missed and what was wrong, per source and field (for `eval --verbose`).
    public struct Difference: Sendable {
        public var source: String
        public var field: String
        public var missing: [String]
        public var spurious: [String]
    }

    public init() {}

    /// Reads a JSONL gold file, naming the line of any malformed entry.
    public static func readGold(path: String) throws -> [ArticleFacts] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError(.unreadable, file: path, "cannot read the gold file")
        }
        let text = String(decoding: data, as: UTF8.self)
        var out: [ArticleFacts] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            do {
                out.append(try JSONDecoder().decode(ArticleFacts.self, from: Data(trimmed.utf8)))
            } catch {
                throw NewsGraphError(.invalidGold, file: path, line: n + 1, "not an article in the gold format (\(error))")
            }
        }
        return out
    }

    static func normalized(_ s: String) -> String {
        s.filter { !"《》“”‘’\" ".contains($0) }
    }

    /// Whether a stored source path and a gold source name the same file.
    public static func sameSource(_ system: String, _ gold: String) -> Bool {
        system == gold || system.hasSuffix("/" + gold) || gold.hasSuffix("/" + system)
            || (system as NSString).lastPathComponent == (gold as NSString).lastPathComponent && !gold.contains("/")
    }

    public func evaluate(gold: [ArticleFacts], system: [ArticleFacts]) -> (scores: [Score], differences: [Difference]) {
        var counts: [String: (Int, Int, Int)] = [:]
        var diffs: [Difference] = []
        let sources = Array(Set(gold.map(\.source))).sorted()
        func tally(_ field: String, _ g: [String], _ s: [String], _ source: String, loose: Bool = false) {
            var unmatched = Array(Set(s)).sorted()
            var missing: [String] = []
            var matched = 0
            for item in Array(Set(g)).sorted() {
                if let k = unmatched.firstIndex(of: item) ?? (loose ? unmatched.firstIndex(where: { $0.contains(item) || item.contains($0) }) : nil) {
                    unmatched.remove(at: k)
                    matched += 1
                } else {
                    missing.append(item)
                }
            }
            let c = counts[field] ?? (0, 0, 0)
            counts[field] = (c.0 + Set(g).count, c.1 + Set(s).count, c.2 + matched)
            if !missing.isEmpty || !unmatched.isEmpty { diffs.append(Difference(source: source, field: field, missing: missing, spurious: unmatched)) }
        }
        for source in sources {
            let g = gold.filter { $0.source == source }
            let s = system.filter { Self.sameSource($0.source, source) }
            tally("persons", g.flatMap { $0.persons.map(\.name) }, s.flatMap { $0.persons.map(\.name) }, source)
            tally("titles", g.flatMap { $0.persons.flatMap { p in p.titles.map { "\(p.name)/\($0)" } } },
                  s.flatMap { $0.persons.flatMap { p in p.titles.map { "\(p.name)/\($0)" } } }, source)
            tally("organizations", g.flatMap(\.organizations).map(Self.normalized), s.flatMap(\.organizations).map(Self.normalized), source)
            tally("policies", g.flatMap(\.policies).map(Self.normalized), s.flatMap(\.policies).map(Self.normalized), source, loose: true)
            let gm = Self.merged(g.flatMap(\.meetings))
            let sm = Self.merged(s.flatMap(\.meetings))
            let aligned = align(gm, sm)
            let c = counts["meetings"] ?? (0, 0, 0)
            counts["meetings"] = (c.0 + gm.count, c.1 + sm.count, c.2 + aligned.count)
            let missingMeetings = gm.indices.filter { i in !aligned.contains { $0.0 == i } }.map { gm[$0].name }
            let spuriousMeetings = sm.indices.filter { j in !aligned.contains { $0.1 == j } }.map { sm[$0].name }
            if !missingMeetings.isEmpty || !spuriousMeetings.isEmpty {
                diffs.append(Difference(source: source, field: "meetings", missing: missingMeetings, spurious: spuriousMeetings))
            }
            for role in ["presided", "spoke", "attended", "reported"] {
                func pairs(_ ms: [ArticleFacts.MeetingFacts]) -> [String] {
                    ms.flatMap { m -> [String] in
                        let names: [String]
                        switch role {
                        case "presided": names = m.presided
                        case "spoke": names = m.spoke
                        case "attended": names = m.attended
                        default: names = m.reported
                        }
                        return names.map { "\(role)/\($0)" }
                    }
                }
                tally("roles." + role, pairs(gm), pairs(sm), source)
            }
        }
        var roles = (0, 0, 0)
        for role in ["presided", "spoke", "attended", "reported"] {
            let c = counts["roles." + role] ?? (0, 0, 0)
            roles = (roles.0 + c.0, roles.1 + c.1, roles.2 + c.2)
        }
        counts["roles"] = roles
        let order = ["persons", "titles", "organizations", "policies", "meetings", "roles", "roles.presided", "roles.spoke",
                     "roles.attended", "roles.reported"]
        let scores = order.map { f -> Score in
            let c = counts[f] ?? (0, 0, 0)
            return Score(field: f, gold: c.0, system: c.1, matched: c.2)
        }
        return (scores, diffs)
    }

    /// Meetings of one source pooled: the same meeting named in two articles is one, roles united.
    static func merged(_ meetings: [ArticleFacts.MeetingFacts]) -> [ArticleFacts.MeetingFacts] {
        var out: [ArticleFacts.MeetingFacts] = []
        for m in meetings {
            if let k = out.firstIndex(where: { normalized($0.name) == normalized(m.name) || MeetingNames.sameMeeting($0.name, m.name) }) {
                func union(_ a: [String], _ b: [String]) -> [String] { a + b.filter { !a.contains($0) } }
                out[k].presided = union(out[k].presided, m.presided)
                out[k].spoke = union(out[k].spoke, m.spoke)
                out[k].attended = union(out[k].attended, m.attended)
                out[k].reported = union(out[k].reported, m.reported)
                out[k].date = out[k].date ?? m.date
                out[k].place = out[k].place ?? m.place
            } else {
                out.append(m)
            }
        }
        return out
    }

    /// One-to-one alignment of gold and system meetings.
    func align(_ gold: [ArticleFacts.MeetingFacts], _ system: [ArticleFacts.MeetingFacts]) -> [(Int, Int)] {
        var pairs: [(Int, Int, Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, s) in system.enumerated() {
                let gn = Self.normalized(g.name), sn = Self.normalized(s.name)
                let names = [gn] + (g.aliases ?? []).map(Self.normalized)
                let nameMatch = names.contains { n in n == sn || n.contains(sn) && sn.count >= 4 || sn.contains(n) && n.count >= 4 }
                    || MeetingNames.sameMeeting(g.name, s.name)
                let shared = Set(g.participants).intersection(s.participants).count
                let sameDate = g.date != nil && g.date == s.date
                var score = 0
                if names.contains(sn) { score += 10 }
                if nameMatch { score += 10 }
                if sameDate { score += 3 }
                score += shared
                if nameMatch || (sameDate && shared >= 1) || shared >= 2 { pairs.append((score, i, j)) }
            }
        }
        pairs.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var usedG: Set<Int> = [], usedS: Set<Int> = []
        var out: [(Int, Int)] = []
        for (_, i, j) in pairs where !usedG.contains(i) && !usedS.contains(j) {
            usedG.insert(i)
            usedS.insert(j)
            out.append((i, j))
        }
        return out.sorted { $0.0 < $1.0 }
    }
}

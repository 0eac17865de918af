import Foundation
import NewsGraphExport
import NewsGraphStore

/// What an ingest found, printed after it: each article with its meetings and their people.
struct IngestSummary {
    let store: GraphStore

    func render(paths: [String]) throws -> String {
        let wanted = Set(paths)
        var out: [String] = []
        for stored in try store.storedArticles() where wanted.contains(stored.row.sourcePath) {
            let facts = FactsBuilder.facts(stored)
            let headline = stored.row.headline ?? String(stored.row.text.prefix(24)) + "…"
            out.append("#\(stored.row.id) \(headline)")
            var line: [String] = []
            if let date = stored.row.datelineDate ?? stored.row.issueDate { line.append(date) }
            if !stored.row.reporters.isEmpty { line.append("记者 " + stored.row.reporters.joined(separator: "、")) }
            line.append("\(facts.persons.count) persons, \(facts.organizations.count) organisations, \(facts.policies.count) policies")
            out.append("    " + line.joined(separator: " · "))
            for m in facts.meetings where !m.participants.isEmpty {
                out.append("    会议 \(m.name)" + (m.date.map { " (\($0))" } ?? ""))
                for (role, names) in [("主持", m.presided), ("讲话", m.spoke), ("出席", m.attended), ("汇报", m.reported)] where !names.isEmpty {
                    out.append("      \(role): " + names.joined(separator: "、"))
                }
            }
        }
        return out.joined(separator: "\n")
    }
}

import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("output vocabulary")
struct OutputVocabularyTests {
    /// Every key of every object in `value`.
    static func keys(_ value: Any, into out: inout Set<String>) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                out.insert(key)
                keys(child, into: &out)
            }
        } else if let array = value as? [Any] {
            for child in array { keys(child, into: &out) }
        }
    }

    /// The JSON commands print on the seed page, and the CSV headers.
    static let jsonQueries: [[String]] = [
        ["articles", "--format", "json"], ["search", "畜禽", "--format", "json"], ["trace", "助企纾困", "--format", "json"],
        ["stats", "--format", "json"], ["explain", "韩俊", "--format", "json"], ["person", "韩俊", "--format", "json"],
        ["meetings", "--person", "韩俊", "--format", "json"], ["attendees", "常务会议", "--format", "json"],
        ["sql", "SELECT 1 AS n", "--format", "json"], ["facts"], ["people", "--format", "json"],
        ["meetings", "--format", "json"],
    ]
    static let csvQueries: [[String]] = [
        ["articles", "--format", "csv"], ["search", "畜禽", "--format", "csv"], ["trace", "助企纾困", "--format", "csv"],
        ["stats", "--format", "csv"], ["person", "韩俊", "--format", "csv"], ["meetings", "--person", "韩俊", "--format", "csv"],
        ["attendees", "常务会议", "--format", "csv"], ["people", "--format", "csv"],
    ]

    @Test("every command's JSON and CSV use only the shared field names")
    func sharedNames() throws {
        try SeedGraph.withGraph { db in
            var unknown: [String: Set<String>] = [:]
            for query in Self.jsonQueries {
                let run = try SeedGraph.execute(query + ["--db", db])
                #expect(run.status == 0, "\(query): \(run.stderr)")
                var found: Set<String> = []
                for line in query == ["facts"] ? run.stdout.split(separator: "\n").map(String.init) : [run.stdout] {
                    Self.keys(try SeedGraph.json(line), into: &found)
                }
                let outside = found.filter { !OutputVocabulary.contains($0) }
                if !outside.isEmpty { unknown[query.joined(separator: " "), default: []].formUnion(outside) }
                // `id` is the gold format's name for the article key and nothing else's.
                if query != ["facts"] { #expect(!found.contains("id"), "\(query) prints an id") }
            }
            for query in Self.csvQueries {
                let run = try SeedGraph.execute(query + ["--db", db])
                #expect(run.status == 0, "\(query): \(run.stderr)")
                let header = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
                let outside = Set(header.split(separator: ",").map(String.init)).filter {
                    !OutputVocabulary.contains($0)
                }
                if !outside.isEmpty { unknown[query.joined(separator: " "), default: []].formUnion(outside) }
            }
            #expect(unknown.isEmpty, "fields outside the vocabulary: \(unknown)")
        }
    }

    @Test("the README documents every field of the vocabulary")
    func documented() throws {
        let readme = try String(contentsOf: SeedGraph.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Output vocabulary").dropFirst().first)
        let body = section.components(separatedBy: "\n## ").first ?? section
        let missing = OutputVocabulary.fields.keys.filter { !body.contains("`\($0)`") }.sorted()
        #expect(missing.isEmpty, "not in the README's Output vocabulary: \(missing)")
    }

    @Test("a format a command does not print is refused, naming the ones it does")
    func refusedFormat() throws {
        try SeedGraph.withGraph { db in
            let run = try SeedGraph.execute(["explain", "韩俊", "--format", "csv", "--db", db])
            #expect(run.status != 0)
            #expect(run.stderr.contains("does not print --format csv; use table or json"))
        }
    }
}

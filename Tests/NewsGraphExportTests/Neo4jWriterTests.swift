import Foundation
import NewsGraphExport
import NewsGraphModel
import Testing

@Suite("Neo4jWriter")
struct Neo4jWriterTests {
    @Test("one nodes file per label, one relationships file per type, every end an :ID", arguments: SeedViews.names)
    func consistentIds(name: String) throws {
        try SeedViews.withBuilder { builder in
            let view = try SeedViews.view(name, from: builder)
            let dot = SeedViews.dotCounts(try DOTWriter().write(view))
            let folder = try Neo4jWriter().write(view)
            var ids: Set<String> = []
            var nodeCount = 0
            for kind in EntityKind.allCases {
                guard let text = folder.files[Neo4jWriter.nodesFile(kind)] else { continue }
                let table = try CSVTable.records(text)
                #expect(table.header == Neo4jWriter.nodeHeader)
                #expect(!table.records.isEmpty)
                for record in table.records {
                    #expect(record[":LABEL"] == Neo4jWriter.label(kind))
                    #expect(ids.insert(record["key:ID"] ?? "").inserted, "the :ID \(record["key:ID"] ?? "") is not unique")
                    for column in ["date:date", "first_seen:date", "last_seen:date"] {
                        let value = record[column] ?? ""
                        #expect(value.isEmpty || GraphView.isFullDate(value), "\(column) \(value) is not a date")
                    }
                }
                nodeCount += table.records.count
            }
            var edgeCount = 0
            for kind in RelationKind.allCases {
                guard let text = folder.files[Neo4jWriter.relationshipsFile(kind)] else { continue }
                let table = try CSVTable.records(text)
                #expect(table.header == Neo4jWriter.relationshipHeader)
                for record in table.records {
                    #expect(ids.contains(record[":START_ID"] ?? ""), "unknown :START_ID \(record[":START_ID"] ?? "")")
                    #expect(ids.contains(record[":END_ID"] ?? ""), "unknown :END_ID \(record[":END_ID"] ?? "")")
                    #expect(record[":TYPE"] == Neo4jWriter.type(kind))
                    #expect(record["ordinal:int"].map { $0.isEmpty || Int($0) != nil } == true)
                }
                edgeCount += table.records.count
            }
            #expect(nodeCount == dot.nodes)
            #expect(edgeCount == view.edges.count && dot.edges == SeedViews.pairCount(view))
            let script = try #require(folder.files["import.sh"])
            #expect(script.contains("neo4j-admin database import full"))
            for file in folder.names where file.hasSuffix(".csv") {
                #expect(script.contains("--nodes=\(file)") || script.contains("--relationships=\(file)"), "import.sh leaves out \(file)")
            }
            #expect(try Neo4jWriter().write(view) == folder)
        }
    }

    @Test("labels, types and file names follow the kinds")
    func names() {
        #expect(Neo4jWriter.label(.person) == "Person")
        #expect(Neo4jWriter.label(.organization) == "Organization")
        #expect(Neo4jWriter.nodesFile(.person) == "persons.csv")
        #expect(Neo4jWriter.nodesFile(.policy) == "policies.csv")
        #expect(Neo4jWriter.type(.holdsPost) == "HOLDS_POST")
        #expect(Neo4jWriter.relationshipsFile(.holdsPost) == "holds_post.csv")
    }

    @Test("dates without a year stay out of typed date columns; quotes and line breaks are quoted")
    func fields() throws {
        let odd = "甲,\"乙\"\n丙"
        let view = GraphView(title: "t",
                             nodes: [GraphNode(id: "x", label: odd, kind: .person, key: "person:x"),
                                     GraphNode(id: "y", label: "会", kind: .meeting, key: "meeting:y", date: "06-16")],
                             edges: [GraphEdge(from: "x", to: "y", label: "出席", kind: .attended, ordinal: 2, date: "06-16",
                                               evidence: odd)])
        let folder = try Neo4jWriter().write(view)
        let meeting = try CSVTable.records(try #require(folder.files["meetings.csv"])).records
        #expect(meeting.first?["date:date"] == "")
        let person = try CSVTable.records(try #require(folder.files["persons.csv"])).records
        #expect(person.first?["name"] == odd)
        let attended = try CSVTable.records(try #require(folder.files["attended.csv"])).records
        #expect(attended.first?["evidence"] == odd)
        #expect(attended.first?["ordinal:int"] == "2")
        #expect(attended.first?["date:date"] == "")
        #expect(folder.files["presided.csv"] == nil)
    }
}

import Foundation
@testable import NewsGraphCLI
import NewsGraphExport
import NewsGraphStore
import Testing

@Suite("newsgraph export csv")
struct GraphCSVCommandTests {
    @Test("-o DIR gets nodes.csv and edges.csv with as many rows as the DOT view has nodes and edges")
    func writesTables() throws {
        try SeedGraph.withGraph { db in
            let dir = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("tables")
            try SeedGraph.run(["export", "csv", "--meeting", "畜禽粪污", "--db", db, "-o", dir.path])
            let view = try SeedGraph.command(["export", "dot", "--meeting", "畜禽粪污", "--db", db], as: DotCommand.self)
                .view(from: try GraphStore(path: db))
            let nodes = try String(contentsOf: dir.appendingPathComponent("nodes.csv"), encoding: .utf8)
            let edges = try String(contentsOf: dir.appendingPathComponent("edges.csv"), encoding: .utf8)
            #expect(nodes.hasPrefix("key,kind,name,"))
            #expect(edges.hasPrefix("from,to,kind,role,"))
            #expect(nodes.split(separator: "\n").count == view.nodes.count + 1)
            #expect(edges.split(separator: "\n").count == view.edges.count + 1)
            try SeedGraph.run(["export", "csv", "--meeting", "畜禽粪污", "--db", db, "-o", dir.path])
            #expect(try String(contentsOf: dir.appendingPathComponent("edges.csv"), encoding: .utf8) == edges)
        }
    }

    @Test("the tables' headers use the shared output vocabulary")
    func vocabulary() {
        for field in GraphCSVWriter.nodeHeader + GraphCSVWriter.edgeHeader {
            #expect(OutputVocabulary.contains(field), "\(field) is not in OutputVocabulary")
        }
    }

    @Test("-o is required and the view options are checked as for export dot")
    func options() throws {
        #expect(throws: (any Error).self) { try NewsGraphCommand.parseAsRoot(["export", "csv", "--meeting", "x"]) }
        #expect(throws: (any Error).self) { try NewsGraphCommand.parseAsRoot(["export", "csv", "--depth", "2", "-o", "d"]) }
    }

    @Test("an unknown meeting is an error naming the database")
    func unknownMeeting() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["export", "csv", "--meeting", "火星会议", "--db", db, "-o", db + ".d"])
            #expect(error?.description.contains(db) == true)
        }
    }
}

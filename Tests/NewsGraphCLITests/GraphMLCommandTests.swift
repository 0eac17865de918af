import Foundation
@testable import NewsGraphCLI
import NewsGraphStore
import Testing

@Suite("newsgraph export graphml")
struct GraphMLCommandTests {
    @Test("-o FILE gets the GraphML of the DOT view, the same bytes from two ingests")
    func writesFile() throws {
        let first = try SeedGraph.withGraph { db in
            let file = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("m.graphml")
            try SeedGraph.run(["export", "graphml", "--meeting", "畜禽粪污", "--db", db, "-o", file.path])
            let text = try String(contentsOf: file, encoding: .utf8)
            let view = try SeedGraph.command(["export", "dot", "--meeting", "畜禽粪污", "--db", db], as: DotCommand.self)
                .view(from: try GraphStore(path: db))
            #expect(text.components(separatedBy: "<node id=").count - 1 == view.nodes.count)
            #expect(text.components(separatedBy: "<edge id=").count - 1 == view.edges.count)
            return text
        }
        let second = try SeedGraph.withGraph { db in
            try SeedGraph.command(["export", "graphml", "--meeting", "畜禽粪污", "--db", db], as: GraphMLCommand.self).document()
        }
        #expect(first == second)
        #expect(first.hasPrefix("<?xml"))
    }

    @Test("a file that cannot be written is an error naming it")
    func unwritable() throws {
        try SeedGraph.withGraph { db in
            let path = db + ".missing/x.graphml"
            #expect { try SeedGraph.run(["export", "graphml", "--db", db, "-o", path]) } throws: { error in
                "\(error)".contains(path)
            }
        }
    }
}

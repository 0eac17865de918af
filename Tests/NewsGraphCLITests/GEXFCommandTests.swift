import Foundation
@testable import NewsGraphCLI
import NewsGraphStore
import Testing

@Suite("newsgraph export gexf")
struct GEXFCommandTests {
    @Test("the GEXF of each view holds the DOT view's nodes and edges, the same bytes from two ingests", arguments: [
        ["--meeting", "畜禽粪污"], ["--person", "韩俊", "--depth", "2"], ["--policy", "助企纾困"], ["--from", "2022-06-16", "--to", "2022-06-16"],
    ])
    func views(arguments: [String]) throws {
        let first = try SeedGraph.withGraph { db in
            let text = try SeedGraph.command(["export", "gexf"] + arguments + ["--db", db], as: GEXFCommand.self).document()
            let view = try SeedGraph.command(["export", "dot"] + arguments + ["--db", db], as: DotCommand.self)
                .view(from: try GraphStore(path: db))
            // Every node and edge the drawing shows is in the data, which keeps every relation (the
            // person view draws a person's meetings of one name as one node).
            #expect(text.components(separatedBy: "<node id=").count - 1 >= view.nodes.count)
            #expect(text.components(separatedBy: "<edge id=").count - 1 >= view.edges.count)
            #expect(text.contains("mode=\"dynamic\" timeformat=\"date\""))
            return text
        }
        let second = try SeedGraph.withGraph { db in
            try SeedGraph.command(["export", "gexf"] + arguments + ["--db", db], as: GEXFCommand.self).document()
        }
        #expect(first == second)
    }

    @Test("the view options are checked as for export dot")
    func options() {
        #expect(throws: (any Error).self) { try NewsGraphCommand.parseAsRoot(["export", "gexf", "--date", "2022-06-16"]) }
        #expect(throws: (any Error).self) { try NewsGraphCommand.parseAsRoot(["export", "gexf", "--person", "a", "--meeting", "b"]) }
    }
}

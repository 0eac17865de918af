import Foundation
@testable import NewsGraphCLI
import Testing

/// `export dot --layout`, `--cluster`, `--no-legend`, `--size` and `--max-nodes` on the seed graph.
@Suite("newsgraph export dot: drawing options")
struct DotCommandDrawingTests {
    func dot(_ arguments: [String], db: String) throws -> String {
        try SeedGraph.command(["export", "dot"] + arguments + ["--db", db], as: DotCommand.self).dot()
    }

    @Test("--layout, --no-legend and --size each change the DOT as stated; without them it is as before")
    func drawingOptions() throws {
        try SeedGraph.withGraph { db in
            let plain = try dot(["--meeting", "畜禽粪污"], db: db)
            #expect(plain.contains("layout=dot") && plain.contains("cluster_legend") && !plain.contains(" size="))
            #expect(try dot(["--meeting", "畜禽粪污", "--layout", "neato"], db: db).contains("layout=neato"))
            #expect(try dot(["--meeting", "畜禽粪污", "--layout", "sfdp"], db: db).contains("layout=sfdp"))
            #expect(!(try dot(["--meeting", "畜禽粪污", "--no-legend"], db: db)).contains("legend"))
            #expect(try dot(["--meeting", "畜禽粪污", "--size", "10,8"], db: db).contains("size=\"10,8\""))
        }
    }

    @Test("--cluster frames the entities of a province or organisation; a large clustered view is drawn with fdp")
    func cluster() throws {
        try SeedGraph.withGraph { db in
            let plain = try dot([], db: db)
            #expect(!plain.contains("subgraph cluster_g"))
            let provinces = try dot(["--cluster", "province"], db: db)
            #expect(provinces.contains("subgraph cluster_g0000 {\n    label=\"吉林\""))
            #expect(try dot(["--cluster", "province"], db: db) == provinces)
            #expect(try dot(["--cluster", "organization"], db: db).contains("subgraph cluster_g"))
            #expect(try dot(["--cluster", "province", "--layout", "fdp"], db: db).contains("layout=fdp"))
        }
    }

    @Test("bad values are refused before anything is read", arguments: [["--size", "10"], ["--size", "0,4"], ["--layout", "circo"], ["--max-nodes", "0"],
                                                                   ["--cluster", "city"]])
    func refused(arguments: [String]) {
        #expect(throws: (any Error).self) { try SeedGraph.command(["export", "dot"] + arguments, as: DotCommand.self) }
    }

    @Test("--max-nodes keeps the most connected entities and says on standard error how many were left out")
    func maxNodes() throws {
        try SeedGraph.withGraph { db in
            let all = try dot([], db: db), cut = try dot(["--max-nodes", "10"], db: db)
            let nodes = { (dot: String) in dot.split(separator: "\n").filter { $0.hasPrefix("  n_") && !$0.contains(" -> ") }.count }
            #expect(nodes(cut) <= 10 && nodes(cut) > 0 && nodes(all) > 10)
            #expect(cut.contains("label=\"韩俊"), "the most connected person stays")
            let run = try SeedGraph.execute(["export", "dot", "--max-nodes", "10", "--db", db])
            #expect(run.status == 0)
            let said = try #require(run.stderr.firstMatch(of: /--max-nodes 10: kept the (\d+) most connected of (\d+) entities; (\d+) left out/))
            #expect(Int(said.1)! == nodes(cut) && Int(said.2)! == nodes(all) && Int(said.3)! == nodes(all) - nodes(cut))
            // Within the limit nothing is said.
            #expect(try SeedGraph.execute(["export", "dot", "--meeting", "畜禽粪污", "--max-nodes", "500", "--db", db]).stderr.isEmpty)
        }
    }
}

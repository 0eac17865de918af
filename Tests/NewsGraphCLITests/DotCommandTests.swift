import ArgumentParser
import Foundation
@testable import NewsGraphCLI
import NewsGraphExport
import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("newsgraph export dot")
struct DotCommandTests {
    /// The `export dot` command `arguments` parse to, reading `db`.
    func command(_ arguments: [String], db: String) throws -> DotCommand {
        try SeedGraph.command(["export", "dot"] + arguments + ["--db", db], as: DotCommand.self)
    }

    /// A fresh temporary folder, deleted after `body`.
    func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("DotCommandTests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    @Test("--meeting 常务会议 prints DOT with 韩俊 presiding, the same bytes every time")
    func meetingDot() throws {
        try SeedGraph.withGraph { db in
            let dot = try command(["--meeting", "常务会议"], db: db).dot()
            #expect(dot.hasPrefix("digraph newsgraph {"))
            #expect(dot.contains("label=\"韩俊\\n省委副书记、省长\""))
            #expect(dot.contains("label=\"主持\""))
            #expect(dot.contains("layout=dot"))
            #expect(try command(["--meeting", "常务会议"], db: db).dot() == dot)
            try SeedGraph.run(["export", "dot", "--meeting", "常务会议", "--db", db])
        }
    }

    @Test("each focus option draws its view", arguments: [
        (["--person", "韩俊", "--depth", "2"], "label=\"主持 · 讲话\""),
        (["--meeting", "畜禽粪污", "--date", "2022-06-16"], "label=\"安桂武\""),
        (["--policy", "助企纾困"], "rank=same"),
        (["--person", "韩俊", "--timeline"], "label=\"2022-06\", shape=plaintext"),
        (["--kinds", "person,meeting", "--from", "2022-06-16", "--to", "2022-06-16"], "label=\"景俊海\""),
    ])
    func views(arguments: [String], expected: String) throws {
        try SeedGraph.withGraph { db in
            let dot = try command(arguments, db: db).dot()
            #expect(dot.contains(expected))
        }
    }

    @Test("--kinds keeps only those kinds of node")
    func kinds() throws {
        try SeedGraph.withGraph { db in
            let dot = try command(["--kinds", "person, meeting"], db: db).dot()
            #expect(dot.contains("legend_node_person"))
            #expect(dot.contains("legend_node_meeting"))
            #expect(!dot.contains("legend_node_post"))
            #expect(!dot.contains("legend_node_organization"))
        }
    }

    @Test("-o writes the DOT to a file")
    func outputFile() throws {
        try SeedGraph.withGraph { db in
            try withFolder { folder in
                let path = folder.appendingPathComponent("meeting.dot").path
                try SeedGraph.run(["export", "dot", "--meeting", "畜禽粪污", "-o", path, "--db", db])
                #expect(try String(contentsOfFile: path, encoding: .utf8) == command(["--meeting", "畜禽粪污"], db: db).dot())
            }
        }
    }

    @Test("--render svg draws the picture at -o and writes the DOT next to it")
    func renderSVG() throws {
        try SeedGraph.withGraph { db in
            try withFolder { folder in
                let svg = folder.appendingPathComponent("policy.svg").path
                try SeedGraph.run(["export", "dot", "--policy", "助企纾困", "--render", "svg", "-o", svg, "--db", db])
                let picture = try String(contentsOfFile: svg, encoding: .utf8)
                #expect(picture.contains("<svg"))
                #expect(picture.contains(">省人社厅</text>"))
                #expect(picture.contains(">2022&#45;05&#45;12</text>"))  // Graphviz writes - as &#45;
                let dot = try String(contentsOfFile: folder.appendingPathComponent("policy.dot").path, encoding: .utf8)
                #expect(dot == (try command(["--policy", "助企纾困"], db: db).dot()))
                let png = folder.appendingPathComponent("policy.png").path
                try SeedGraph.run(["export", "dot", "--policy", "助企纾困", "--render", "png", "-o", png, "--db", db])
                #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
            }
        }
    }

    @Test("unknown names fail with close matches")
    func unknownName() throws {
        try SeedGraph.withGraph { db in
            let error = SeedGraph.failure(["export", "dot", "--person", "韩俊杰", "--db", db])
            #expect(error?.description.contains("no person is called “韩俊杰”") == true)
            #expect(error?.description.contains("close matches: 韩俊") == true)
            let meeting = SeedGraph.failure(["export", "dot", "--meeting", "常务大会", "--db", db])
            #expect(meeting?.description.contains("省政府2022年第14次常务会议") == true)
        }
    }

    @Test("options that do not go together are refused", arguments: [
        ["--person", "韩俊", "--meeting", "常务会议"],
        ["--depth", "2"],
        ["--person", "韩俊", "--depth", "0"],
        ["--timeline"],
        ["--meeting", "常务会议", "--timeline"],
        ["--person", "韩俊", "--timeline", "--depth", "2"],
        ["--date", "2022-06-16"],
        ["--meeting", "常务会议", "--date", "6月16日"],
        ["--policy", "助企纾困", "--kinds", "person"],
        ["--kinds", "person,article"],
        ["--kinds", ","],
        ["--from", "2022-07-01", "--to", "2022-06-01"],
        ["--meeting", "常务会议", "--render", "svg"],
        ["--meeting", "常务会议", "--render", "svg", "-o", "x.dot"],
        ["--meeting", "常务会议", "--render", "gif", "-o", "x.gif"],
    ])
    func refused(arguments: [String]) {
        #expect(throws: (any Error).self) { try NewsGraphCommand.parseAsRoot(["export", "dot"] + arguments) }
    }

    @Test("the DOT path next to a picture")
    func dotPath() {
        #expect(DotCommand.dotPath(besides: "/tmp/a/meeting.svg") == "/tmp/a/meeting.dot")
        #expect(DotCommand.dotPath(besides: "/tmp/a/meeting") == "/tmp/a/meeting.dot")
    }
}

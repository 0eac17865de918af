import Foundation
@testable import NewsGraphCLI
import NewsGraphExport
import NewsGraphStore
import Testing

/// The DOT files in `examples/` are golden files: they must equal what the builder draws now
/// from the seed page, so a change that alters the drawings is noticed (and the examples are
/// regenerated with `bash examples/make-examples.sh`).
@Suite("examples")
struct ExamplesTests {
    /// Each example's name and the `export dot` options that draw it (as in make-examples.sh).
    static let examples: [(name: String, arguments: [String])] = [
        ("meeting-executive", ["--meeting", "常务会议"]),
        ("meeting-dispatch", ["--meeting", "畜禽粪污"]),
        ("person-han-jun", ["--person", "韩俊", "--depth", "2"]),
        ("policy-relief", ["--policy", "社会保险助企纾困政策"]),
        ("timeline-han-jun", ["--person", "韩俊", "--timeline"]),
        ("whole-max-nodes", ["--max-nodes", "30"]),
    ]

    /// The corpus examples (DOT and PNG), drawn from `../shared/corpus` with `seeds/` when it is there.
    static let corpusExamples: [(name: String, arguments: [String])] = [
        ("corpus-person-jing-junhai", ["--person", "景俊海", "--depth", "2"]),
        ("corpus-timeline-jing-junhai", ["--person", "景俊海", "--timeline"]),
        ("corpus-whole-150", ["--max-nodes", "150"]),
        ("corpus-whole-150-province", ["--max-nodes", "150", "--cluster", "province"]),
    ]

    /// The corpus the corpus examples are drawn from, as make-examples.sh finds it.
    static let corpus = SeedGraph.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static let folder = SeedGraph.packageRoot.appendingPathComponent("examples")

    /// The DOT of a golden file without its first line, the `// $ newsgraph …` command.
    static func goldenDOT(_ name: String) throws -> (command: String, dot: String) {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".dot"), encoding: .utf8)
        let newline = try #require(text.firstIndex(of: "\n"))
        return (String(text[..<newline]), String(text[text.index(after: newline)...]))
    }

    /// The writer whose fonts the golden DOT names: the examples were drawn in the CJK font of
    /// the machine that made them, which need not be this one's.
    static func writer(matching dot: String) throws -> DOTWriter {
        let start = try #require(dot.range(of: "fontname=\"")?.upperBound)
        let end = try #require(dot[start...].firstIndex(of: "\""))
        let fonts = dot[start..<end].split(separator: ",").map(String.init)
        return DOTWriter(fontName: fonts[0], fallbackFontNames: Array(fonts.dropFirst()))
    }

    @Test("each example DOT file equals what the builder draws now", arguments: examples.map(\.name))
    func goldenFile(name: String) throws {
        let arguments = try #require(Self.examples.first { $0.name == name }).arguments
        let golden = try Self.goldenDOT(name)
        #expect(golden.command == "// $ newsgraph export dot \(arguments.joined(separator: " ")) --render svg -o examples/\(name).svg")
        try SeedGraph.withGraph { db in
            let now = try Self.dot(arguments, db: db, matching: golden.dot)
            #expect(now == golden.dot,
                    "examples/\(name).dot is out of date: run bash examples/make-examples.sh")
        }
    }

    /// What `export dot ARGUMENTS` draws now from the graph at `db`, in the fonts `golden` names.
    static func dot(_ arguments: [String], db: String, matching golden: String) throws -> String {
        let command = try SeedGraph.command(["export", "dot"] + arguments + ["--db", db], as: DotCommand.self)
        let graph = try GraphStore(path: db)
        let view = try command.drawing.clustered(try command.view(from: graph), builder: GraphViewBuilder(store: graph))
        return try command.drawing.writer(from: try writer(matching: golden)).write(view)
    }

    @Test("each corpus example DOT file equals what the builder draws now from the corpus",
          .enabled(if: FileManager.default.fileExists(atPath: corpus.path)))
    func corpusFiles() throws {
        try SeedGraph.withCorpus(Self.corpus) { db in
            for (name, arguments) in Self.corpusExamples {
                let golden = try Self.goldenDOT(name)
                #expect(golden.command == "// $ newsgraph export dot \(arguments.joined(separator: " ")) --render png -o examples/\(name).png")
                let now = try Self.dot(arguments, db: db, matching: golden.dot)
                #expect(now == golden.dot,
                        "examples/\(name).dot is out of date: run bash examples/make-examples.sh")
            }
        }
    }

    /// The data export examples: the file or folder under `examples/`, and the `export` arguments.
    static let exports: [(name: String, arguments: [String])] = [
        ("meeting-dispatch.graphml", ["graphml", "--meeting", "畜禽粪污"]),
        ("meeting-dispatch.gexf", ["gexf", "--meeting", "畜禽粪污"]),
        ("meeting-dispatch-csv", ["csv", "--meeting", "畜禽粪污"]),
        ("meeting-dispatch-neo4j", ["neo4j", "--meeting", "畜禽粪污"]),
    ]

    @Test("each data export example equals what the exporters write now", arguments: exports.map(\.name))
    func goldenExport(name: String) throws {
        let arguments = try #require(Self.exports.first { $0.name == name }).arguments
        try SeedGraph.withGraph { db in
            let golden = Self.folder.appendingPathComponent(name)
            let now = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent(name)
            try SeedGraph.run(["export"] + arguments + ["--db", db, "-o", now.path])
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: golden.path, isDirectory: &isFolder), "examples/\(name) is missing")
            let files = isFolder.boolValue ? try FileManager.default.contentsOfDirectory(atPath: now.path).sorted() : [""]
            if isFolder.boolValue {
                #expect(try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted() == files,
                        "examples/\(name) holds other files than the export: run bash examples/make-examples.sh")
            }
            for file in files {
                let expected = try Data(contentsOf: file.isEmpty ? golden : golden.appendingPathComponent(file))
                let written = try Data(contentsOf: file.isEmpty ? now : now.appendingPathComponent(file))
                #expect(written == expected, "examples/\(name)/\(file) is out of date: run bash examples/make-examples.sh")
            }
        }
    }

    @Test("every example has its DOT, SVG and PNG, and every text output starts with its command")
    func filesPresent() throws {
        for (name, _) in Self.examples {
            for ext in ["dot", "svg", "png"] {
                #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\(name).\(ext)").path), "\(name).\(ext)")
            }
        }
        for (name, _) in Self.corpusExamples {
            for ext in ["dot", "png"] {
                #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\(name).\(ext)").path), "\(name).\(ext)")
            }
        }
        let outputs = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".json") }.sorted()
        #expect(outputs.count == 9)
        for file in outputs {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix("$ newsgraph "), "\(file) does not start with its command")
        }
    }
}

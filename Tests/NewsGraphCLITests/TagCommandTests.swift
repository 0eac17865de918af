import Foundation
@testable import NewsGraphCLI
import Testing

@Suite("newsgraph tag")
struct TagCommandTests {
    /// A temporary folder with `name` holding `bytes`; the caller removes the folder.
    func file(_ name: String, _ bytes: Data) throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("NewsGraphCLITests-tag-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return (folder, url.path)
    }

    @Test("jsonl: one object per input line with its number, text and mentions with offsets")
    func jsonl() throws {
        let (folder, path) = try file("lines.txt", Data("韩俊强调\n\n省委副书记、省长韩俊主持召开省政府常务会议。\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try SeedGraph.execute(["tag", path])
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try run.stdout.split(separator: "\n").map { try #require(try SeedGraph.json(String($0)) as? [String: Any]) }
        try #require(objects.count == 3, "one object per line, the empty line included, none for the final line break")
        #expect(objects.map { $0["line"] as? Int } == [1, 2, 3])
        #expect(objects.map { $0["text"] as? String } == ["韩俊强调", "", "省委副书记、省长韩俊主持召开省政府常务会议。"])
        let first = try #require(objects[0]["mentions"] as? [[String: Any]])
        #expect(first.count == 1)
        #expect(first.first?["type"] as? String == "PER")
        #expect(first.first?["text"] as? String == "韩俊")
        #expect(first.first?["start"] as? Int == 0 && first.first?["end"] as? Int == 2)
        #expect((objects[1]["mentions"] as? [Any])?.isEmpty == true)
        let third = try #require(objects[2]["mentions"] as? [[String: Any]])
        #expect(third.contains { $0["type"] as? String == "PER" && $0["text"] as? String == "韩俊" && $0["start"] as? Int == 8 && $0["end"] as? Int == 10 })
        #expect(third.contains { $0["type"] as? String == "ORG" && $0["text"] as? String == "省委" && $0["start"] as? Int == 0 })
        #expect(third.allSatisfy { ($0["score"] as? Double ?? 0) > 0 })
        #expect(third.allSatisfy { ($0["rule"] as? String)?.isEmpty == false })
    }

    @Test("a file with Windows line ends is read line by line without the carriage returns")
    func crlf() throws {
        let (folder, path) = try file("crlf.txt", Data("韩俊强调\r\n吴靖平参加会议。\r\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try SeedGraph.execute(["tag", path])
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try run.stdout.split(separator: "\n").map { try #require(try SeedGraph.json(String($0)) as? [String: Any]) }
            #expect(objects.map { $0["line"] as? Int } == [1, 2])
            #expect(objects.map { $0["text"] as? String } == ["韩俊强调", "吴靖平参加会议。"])
        

    }

    @Test("bio: one character a line with its label, a blank line after each sentence; standard input when no file")
    func bio() throws {
        let run = try SeedGraph.execute(["tag", "--format", "bio"], input: "韩俊强调\n吴靖平参加会议。\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "韩 B-PER\n俊 I-PER\n强 O\n调 O\n\n吴 B-PER\n靖 I-PER\n平 I-PER\n参 O\n加 O\n会 O\n议 O\n。 O\n\n")
    }

    @Test("a file that is not UTF-8 or does not exist fails and says so")
    func badInput() throws {
        let (folder, path) = try file("gbk.txt", Data([0xD6, 0xD0, 0xCE, 0xC4, 0xBB, 0xE1, 0xD2, 0xE9]))
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = SeedGraph.failure(["tag", path])
        #expect(error?.description == "\(path): not UTF-8 text")
        let missing = folder.appendingPathComponent("missing.txt").path
        #expect(SeedGraph.failure(["tag", missing])?.description == "cannot read \(missing)")
        #expect(throws: (any Error).self) { try SeedGraph.run(["tag", path, "--format", "xml"]) }
    }
}

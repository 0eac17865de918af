import Foundation
import NewsGraphExport
import NewsGraphModel
import Testing

@Suite("ExportFolder")
struct ExportFolderTests {
    @Test("writes every file into the folder, creating it")
    func writes() throws {
        try SeedViews.withFolder { root in
            let folder = root.appendingPathComponent("a/b")
            try ExportFolder(files: ["x.csv": "1\n", "y.csv": "二\n"]).write(to: folder)
            #expect(try String(contentsOf: folder.appendingPathComponent("x.csv"), encoding: .utf8) == "1\n")
            #expect(try String(contentsOf: folder.appendingPathComponent("y.csv"), encoding: .utf8) == "二\n")
        }
    }

    @Test("a folder path that is a file is an unwritable-file error naming it")
    func pathIsFile() throws {
        try SeedViews.withFolder { root in
            let file = root.appendingPathComponent("taken")
            try Data("x".utf8).write(to: file)
            do {
                try ExportFolder(files: ["x.csv": "1\n"]).write(to: file)
                Issue.record("writing into a file did not fail")
            } catch let error as NewsGraphError {
                #expect(error.kind == .unwritable)
                #expect(error.file == file.path)
            }
        }
    }
}

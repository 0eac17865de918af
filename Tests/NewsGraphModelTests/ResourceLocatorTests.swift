import Foundation
import NewsGraphModel
import Testing

@Suite struct ResourceLocatorTests {
    /// A temporary folder holding the given subfolders; removed by the caller.
    func folder(_ subfolders: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-resources-" + UUID().uuidString)
        for sub in subfolders {
            try FileManager.default.createDirectory(at: url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        return url
    }

    @Test func looksBesideTheBinaryThenInItsPrefixThenInTheSources() throws {
        let root = try folder(["prefix/bin", "prefix/share/newsgraph/Schema", "src/Schema"])
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = root.appendingPathComponent("prefix/bin/newsgraph")
        let source = root.appendingPathComponent("src/Schema")
        let places = ResourceLocator.candidates("Schema", bundle: "B", source: source, environment: [:], executable: binary)
        #expect(places.map(\.path) == [root.path + "/prefix/bin/B.resources/Schema", root.path + "/prefix/share/newsgraph/Schema", source.path])
        // The install prefix comes before the sources; a build's bundle beside the binary before both.
        #expect(try ResourceLocator.folder("Schema", bundle: "B", source: source, environment: [:], executable: binary).path
                == root.path + "/prefix/share/newsgraph/Schema")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("prefix/bin/B.resources/Schema"), withIntermediateDirectories: true)
        #expect(try ResourceLocator.folder("Schema", bundle: "B", source: source, environment: [:], executable: binary).path
                == root.path + "/prefix/bin/B.resources/Schema")
        try FileManager.default.removeItem(at: root.appendingPathComponent("prefix"))
        #expect(try ResourceLocator.folder("Schema", bundle: "B", source: source, environment: [:], executable: binary) == source)
    }

    @Test func theEnvironmentVariableIsTheOnlyPlaceWhenSetAndAMissingFolderIsAClearError() throws {
        let root = try folder(["env/Lexicons", "src/Lexicons"])
        defer { try? FileManager.default.removeItem(at: root) }
        let source = root.appendingPathComponent("src/Lexicons")
        let env = [ResourceLocator.environmentVariable: root.path + "/env"]
        #expect(try ResourceLocator.folder("Lexicons", bundle: "B", source: source, environment: env, executable: nil).path == root.path + "/env/Lexicons")
        let missing = [ResourceLocator.environmentVariable: root.path + "/nowhere"]
        let error = #expect(throws: NewsGraphError.self) {
            try ResourceLocator.folder("Lexicons", bundle: "B", source: source, environment: missing, executable: nil)
        }
        #expect(error?.kind == .unreadable)
        #expect(error?.file == "Lexicons")
        #expect(error?.message.contains("looked in \(root.path)/nowhere/Lexicons.") == true)
        #expect(error?.message.contains("scripts/install.sh") == true)
    }

    @Test func theExecutableIsFound() throws {
        let executable = try #require(ResourceLocator.executable)
        #expect(FileManager.default.isExecutableFile(atPath: executable.path))
    }
}

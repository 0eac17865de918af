import Foundation
import Testing
@testable import NewsGraphPipeline

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // 56 bytes: the padding needs a second block.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The digest `sha256sum` gives for the file at `path`.
    func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum"), "needs coreutils sha256sum"))
    func agreesWithSha256sumAtBlockBoundariesAndOnTheSeedPage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for length in [1, 55, 56, 63, 64, 65, 119, 120, 128, 1000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let file = folder.appendingPathComponent("\(length).bin")
            try Data(bytes).write(to: file)
            #expect(SHA256.hex(bytes) == (try sha256sum(file.path)), "\(length) bytes")
        }
        let seed = try Data(contentsOf: URL(fileURLWithPath: Fixtures.seedPage))
        let digest = SHA256.hex([UInt8](seed))
        #expect(digest == (try sha256sum(Fixtures.seedPage)))
        #expect(try DocumentReader().read(path: Fixtures.seedPage).contentHash == digest)
    }
}

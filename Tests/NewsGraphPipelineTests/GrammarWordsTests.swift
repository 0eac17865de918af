import Foundation
import Testing
@testable import NewsGraphPipeline
import NewsGraphModel

@Suite("Grammar word lists")
struct GrammarWordsTests {
    /// Every file of `Lexicons/grammar/`.
    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: GrammarWords.directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }.sorted()
    }

    @Test("the grammar folder is bundled and holds the word lists")
    func folderHoldsLists() {
        #expect(Self.files.count >= 50)
        #expect(Self.files.contains("left-stops.txt"))
        #expect(Self.files.contains("post-change-verbs.tsv"))
    }

    @Test("every list loads non-empty, without duplicates or blank entries, and says what it is", arguments: files)
    func listIsClean(_ file: String) throws {
        let rows = try GrammarWords.rows(file, in: GrammarWords.directory)
        #expect(!rows.isEmpty, "\(file) is empty")
        let words = rows.map { $0[0] }
        #expect(!words.contains { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }, "\(file) has a blank entry")
        var seen: Set<String> = []
        let duplicates = words.filter { !seen.insert($0).inserted }
        #expect(duplicates.isEmpty, "\(file) repeats \(duplicates)")
        let text = try String(contentsOf: GrammarWords.directory.appendingPathComponent(file), encoding: .utf8)
        #expect(text.hasPrefix("# "), "\(file) opens without a comment saying what it is")
        if file.hasSuffix(".tsv") { #expect(rows.allSatisfy { $0.count == 2 }, "\(file) has a row without two columns") }
    }

    @Test("a missing file is an error that names it")
    func missingFileNamed() {
        do {
            _ = try GrammarWords.rows("no-such-words.txt", in: GrammarWords.directory)
            Issue.record("a missing file loaded")
        } catch {
            #expect("\(error)".contains("no-such-words.txt"))
        }
    }

    @Test("the recognisers' lists read their files in file order")
    func listsKeepOrder() throws {
        #expect(BoundaryWords.leftStops.first == "主持召开")
        #expect(PostChangeExtractor.verbs.first! == ("不再兼任", "post.ended"))
        #expect(PostChangeExtractor.verbs.last! == ("任", "post.appointed"))
        #expect(DateRecognizer.relative.map(\.1) == [0, 0, 0, -1, -1, -2])
        #expect(MeetingRecognizer.glueWords.first == "率领与会人员")
        #expect(Furniture.navigationWords.suffix(2) == [">>", " > "])
        #expect(BoundaryWords.afterName.last == "\n")
        #expect(MeetingRecognizer.subjectGlue.contains(" ") && MeetingRecognizer.subjectGlue.contains("往"))
        #expect(BoundaryWords.stopChars.contains("的") && BoundaryWords.stopChars.contains("\n"))
        #expect(TitleRecognizer.blockedContinuations["记者"] == ["会", "站", "节", "招待会"])
    }

    @Test("the holding verbs name no place")
    func holdingVerbsHaveNoPlace() {
        #expect(!MeetingRecognizer.holdingVerbs.contains { $0.hasPrefix("在") })
    }
}

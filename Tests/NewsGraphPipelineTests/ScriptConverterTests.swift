import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct ScriptConverterTests {
    let converter = ScriptConverter.shared

    func simplified(_ line: String) -> String {
        String(String.UnicodeScalarView(converter.simplified(Array(line.unicodeScalars)[...])))
    }

    @Test(.enabled(if: ScriptConverter.shared.isAvailable, "needs OpenCC"))
    func traditionalCharactersAreConvertedAndSimplifiedLinesPassUntouched() {
        #expect(simplified("省長韓俊主持召開會議。") == "省长韩俊主持召开会议。")
        #expect(simplified("省长韩俊主持召开会议。") == "省长韩俊主持召开会议。")
        #expect(!"省长韩俊主持召开会议。".unicodeScalars.contains(where: converter.mayChange))
        #expect("長".unicodeScalars.allSatisfy(converter.mayChange))
        // A character OpenCC changes only inside one of its phrases makes the line go through it.
        #expect(ScriptConverter.phraseCharacters.unicodeScalars.allSatisfy(converter.mayChange))
        #expect(simplified("沈默") == String(String.UnicodeScalarView(converter.converted(Array("沈默".unicodeScalars)[...]))))
    }

    @Test(.enabled(if: ScriptConverter.shared.isAvailable, "needs OpenCC"))
    func aConverterForShortTextGivesWhatTheTableLetsThrough() {
        let short = ScriptConverter.forShortText()
        #expect(short.isAvailable)
        for words in ["省長", "穩崗", "稳岗", "稳", "沈默", "沈阳", "瞭解", "韓俊 主持", "GDP增長6%", "abc", ""] {
            let scalars = Array(words.unicodeScalars)[...]
            #expect(short.simplified(scalars) == converter.simplified(scalars), "\(words)")
        }
        #expect(String(String.UnicodeScalarView(short.simplified(Array("穩崗".unicodeScalars)[...]))) == "稳岗")
    }

    @Test(.enabled(if: ScriptConverter.shared.isAvailable && Fixtures.sharedAvailable, "needs OpenCC and ../shared/corpus"))
    func everyLineOfTheCorpusComesOutAsAFullConversionWouldGiveIt() throws {
        let folder = Fixtures.shared.appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }
        #expect(files.count > 100)
        var lines = 0, converted = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let scalars = Array(line.unicodeScalars)[...]
                let full = converter.converted(scalars)
                #expect(converter.simplified(scalars) == full, "\(file): \(line)")
                lines += 1
                if full != Array(scalars) { converted += 1 }
            }
        }
        #expect(lines > 1000)
        #expect(converted > 0, "the corpus holds traditional text")
    }
}

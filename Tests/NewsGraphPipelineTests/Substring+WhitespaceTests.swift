import Foundation
import Testing
@testable import NewsGraphPipeline

@Suite struct SubstringWhitespaceTests {
    @Test func trimsWhatFoundationsWhitespacesTrimAndNothingElse() {
        let samples = [" 省长\t", "\u{3000}韩俊\u{3000}", "\t\t", "", "a b", "\r行\r", "\n行\n", "\u{00A0}x\u{2003}", "  ", "全角　空格　"]
        for sample in samples {
            #expect(String(sample[...].trimmingWhitespace()) == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
        }
    }
}

@testable import NewsGraphStore
import Testing

@Suite("ReadOnlySQL")
struct ReadOnlySQLTests {
    @Test("leading words skip white space and both kinds of comment")
    func leadingWords() {
        #expect(ReadOnlySQL.leadingWords(of: "  -- note\n /* x */ Select * from t", count: 2) == ["select"])
        #expect(ReadOnlySQL.leadingWords(of: "PRAGMA main.table_info(x)", count: 2) == ["pragma", "main.table_info"])
        #expect(ReadOnlySQL.leadingWords(of: "", count: 2).isEmpty)
    }
}

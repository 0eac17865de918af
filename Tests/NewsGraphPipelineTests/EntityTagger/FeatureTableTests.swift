import Testing
@testable import NewsGraphPipeline

@Suite struct FeatureTableTests {
    @Test func rowsAreFoundByHashAndMissingOnesAreMinusOne() {
        var table = FeatureTable(capacity: 3)
        // 16 and 32 share their low bits with 0 in a small table: they collide and probe on.
        for (row, hash) in [UInt32(0), 16, 32, 7].enumerated() { table.insert(hash, row: Int32(row)) }
        table.insert(16, row: 99)
        #expect([0, 16, 32, 7].map { table.row($0) } == [0, 1, 2, 3])
        #expect(table.row(48) == -1)
        #expect(table.count == 4)
    }
}

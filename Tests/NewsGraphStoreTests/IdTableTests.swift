@testable import NewsGraphStore
import Testing

@Suite struct IdTableTests {
    /// Dense ids and ids far apart give the same answers: each id its value, any other id nil.
    @Test func findsEachIdsValue() {
        let dense: [Int64: String] = [1: "a", 2: "b", 5: "c"]
        let sparse: [Int64: String] = [1: "a", 9_000_000_000: "b", -4: "c"]
        for values in [dense, sparse, [:]] {
            let table = IdTable(values)
            for (id, value) in values { #expect(table[id] == value) }
            for id: Int64 in [0, 3, 6, -1, 10_000, Int64.max, Int64.min] where values[id] == nil { #expect(table[id] == nil) }
        }
    }
}

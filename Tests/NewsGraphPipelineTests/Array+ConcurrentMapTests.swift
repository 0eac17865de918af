import Testing
@testable import NewsGraphPipeline

@Suite struct ArrayConcurrentMapTests {
    struct Failure: Error, Equatable { var at: Int }

    @Test func resultsComeBackInTheElementsOrder() throws {
        let numbers = Array(0..<500)
        #expect(try numbers.concurrentMap { $0 * $0 } == numbers.map { $0 * $0 })
        #expect(try [Int]().concurrentMap { $0 }.isEmpty)
    }

    @Test func theErrorOfTheFirstFailingElementIsThrown() {
        #expect(throws: Failure(at: 3)) {
            try Array(0..<200).concurrentMap { k -> Int in
                if k == 3 || k == 150 { throw Failure(at: k) }
                return k
            }
        }
    }
}

import Foundation
import Testing
@testable import NewsGraphPipeline

@Suite struct ArticleParallelismTests {
    @Test func insideSeriallyTheMapRunsOnTheCallingThreadAndGivesTheSameResults() throws {
        let values = Array(0..<64)
        let parallel = try values.concurrentMap { $0 * 3 }
        let caller = pthread_self()
        let (serial, threads) = try ArticleParallelism.serially {
            (try values.concurrentMap { $0 * 3 }, try values.concurrentMap { _ in pthread_equal(pthread_self(), caller) != 0 })
        }
        #expect(serial == parallel)
        #expect(threads.allSatisfy { $0 })
        #expect(!ArticleParallelism.isSerial, "the flag is restored when the body ends")
    }

    @Test func seriallyNestsAndRestoresWhatWasThere() {
        ArticleParallelism.serially {
            ArticleParallelism.serially { #expect(ArticleParallelism.isSerial) }
            #expect(ArticleParallelism.isSerial)
        }
        #expect(!ArticleParallelism.isSerial)
    }
}

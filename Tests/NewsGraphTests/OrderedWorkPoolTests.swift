import Foundation
import Testing
@testable import NewsGraph

@Suite struct OrderedWorkPoolTests {
    @Test func resultsComeBackInOrderWhateverTheWorkersFinishFirst() {
        for workers in [1, 3, 8] {
            let pool = OrderedWorkPool<Int>(count: 50, workers: workers, lookahead: 5) { k in
                usleep(UInt32((k * 7919) % 5) * 200) // uneven work: later jobs often finish first
                return k * k
            }
            var got: [Int] = []
            while let value = pool.next() { got.append(value) }
            pool.finish()
            #expect(got == (0..<50).map { $0 * $0 })
        }
    }

    @Test func workersRunNoFurtherAheadThanTheLookahead() {
        let started = Counter()
        let pool = OrderedWorkPool<Int>(count: 40, workers: 4, lookahead: 3) { k in
            started.increment()
            return k
        }
        var ahead = 0
        for k in 0..<40 {
            usleep(500)
            ahead = max(ahead, started.value - k)
            _ = pool.next()
        }
        pool.finish()
        #expect(ahead <= 3)
        #expect(started.value == 40)
    }

    @Test func finishingEarlyStopsTheWorkers() {
        let started = Counter()
        let pool = OrderedWorkPool<Int>(count: 1000, workers: 2, lookahead: 4) { k in
            started.increment()
            return k
        }
        #expect(pool.next() == 0)
        pool.finish()
        #expect(started.value <= 6)
    }
}

/// A count shared by worker threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    func increment() { lock.lock(); count += 1; lock.unlock() }
}

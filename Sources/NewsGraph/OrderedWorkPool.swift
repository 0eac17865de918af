import Foundation

/// Runs a job for every index `0..<count` on a fixed number of threads and hands the results
/// back in index order, as the caller asks for them.
///
/// The workers run at most `lookahead` jobs ahead of the caller, so that memory stays bounded
/// however fast they are; the caller (one writer) takes each result with `next()` while the
/// workers go on with the following jobs. The results, and so whatever the caller makes of them
/// in order, do not depend on the number of workers.
final class OrderedWorkPool<T: Sendable>: @unchecked Sendable {
    private let count: Int
    private let lookahead: Int
    private let work: @Sendable (Int) -> T
    private let condition = NSCondition()
    private var started = 0
    private var delivered = 0
    private var results: [Int: T] = [:]
    private var running = 0
    private var cancelled = false

    /// Starts `workers` threads (at least one) running `work` for `0..<count`.
    init(count: Int, workers: Int, lookahead: Int, work: @escaping @Sendable (Int) -> T) {
        self.count = count
        self.lookahead = max(lookahead, 1)
        self.work = work
        let threads = max(1, min(workers, count))
        running = threads
        for n in 0..<threads {
            let thread = Thread { [self] in self.runWorker() }
            thread.name = "newsgraph-worker-\(n)"
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    /// The result of the next job in order, waiting for it; nil after the last one.
    func next() -> T? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < count else { return nil }
        while results[delivered] == nil { condition.wait() }
        let result = results.removeValue(forKey: delivered)
        delivered += 1
        condition.broadcast()
        return result
    }

    /// Stops handing out jobs and waits for the workers to finish the ones they are running.
    func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func runWorker() {
        while true {
            condition.lock()
            while !cancelled && started < count && started - delivered >= lookahead { condition.wait() }
            guard !cancelled, started < count else {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let index = started
            started += 1
            condition.unlock()
            let result = work(index)
            condition.lock()
            results[index] = result
            condition.broadcast()
            condition.unlock()
        }
    }
}

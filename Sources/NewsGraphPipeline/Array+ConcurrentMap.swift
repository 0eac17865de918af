import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core: `transform` runs on the elements concurrently and the results come
    /// back in the elements' order, so the outcome is the same as `map`'s whatever the number of
    /// cores. A thrown error is the one of the first element (by position) that threw.
    ///
    /// Used where each element is analysed on its own (an article by a recogniser); a single
    /// element, or none, is mapped in place, and so is everything inside `ArticleParallelism.serially`.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        guard count > 1, !ArticleParallelism.isSerial else { return try map(transform) }
        let results = ConcurrentResults<T>(count: count)
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: elements.count) { k in
                results.set(k, Result { try transform(elements[k]) })
            }
        }
        return try results.values()
    }
}

/// The results of a concurrent map, one slot per element, written from many threads.
private final class ConcurrentResults<T: Sendable>: @unchecked Sendable {
    private var slots: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ result: Result<T, any Error>) {
        lock.lock()
        slots[k] = result
        lock.unlock()
    }

    func values() throws -> [T] { try slots.map { try $0!.get() } }
}

import Foundation

/// Whether the articles of a page are analysed on every core (`concurrentMap`) or one after the
/// other, for the thread that asks.
///
/// A page's articles are mapped concurrently by default. A thread that already analyses whole
/// pages beside others (a worker of `Ingestor`, one per core) runs its pages `serially`: the
/// cores are busy with other pages, and splitting each page again only adds threads that take
/// turns on them. The results are the same either way.
public enum ArticleParallelism {
    private static let key = "NewsGraphPipeline.ArticleParallelism.serial"

    /// Runs `body` with this thread's pages analysed one article after the other.
    public static func serially<T>(_ body: () throws -> T) rethrows -> T {
        let dictionary = Thread.current.threadDictionary
        let before = dictionary[key]
        dictionary[key] = true
        defer { dictionary[key] = before }
        return try body()
    }

    /// Whether this thread is inside `serially`.
    static var isSerial: Bool { Thread.current.threadDictionary[key] as? Bool == true }
}

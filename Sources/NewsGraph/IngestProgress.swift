/// Where an ingest stands, as its `progress` callback is told before each file is stored.
public struct IngestProgress: Equatable, Sendable {
    /// Files handed to the writer before this one (read, analysed, stored or failed).
    public var done: Int
    /// Files in the run.
    public var total: Int
    /// The file about to be stored, as the user named it.
    public var path: String
    /// Characters of the files before this one (the decoded text; 0 for a file that failed).
    public var characters: Int

    public init(done: Int, total: Int, path: String, characters: Int) {
        self.done = done
        self.total = total
        self.path = path
        self.characters = characters
    }
}

/// What `GraphStore.ingest` did with a document.
///
/// The counts are the rows written for the document: articles, mentions and relations
/// (duplicate relations of one article, same kind, ends and start, are written once).
public enum IngestOutcome: Equatable, Sendable {
    /// The path was new: the document was inserted.
    case inserted(articles: Int, mentions: Int, relations: Int)
    /// The path was known with another content hash: its rows were replaced.
    case replaced(articles: Int, mentions: Int, relations: Int)
    /// The path was known with the same content hash: nothing was written.
    case unchanged
}

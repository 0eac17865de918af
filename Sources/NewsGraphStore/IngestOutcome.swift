/// What `GraphStore.ingest` did with a document.
///
/// A page is identified by its stored path and its content hash: the same path and hash is
/// `unchanged`, the same hash under another path a `duplicate`.
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
    /// The same content is stored under another path (`of`): nothing was written, the page is
    /// stored once. A page this path held before, with other content, was removed.
    case duplicate(of: String)
}

import GRDB
import NewsGraphModel

extension NewsGraphError {
    /// A store error for a failure of SQLite, placed at a file, article and span when known.
    ///
    /// A `NewsGraphError` passes through unchanged, so that the innermost place wins.
    static func database(_ error: any Error, file: String?, article: Int? = nil, span: Span? = nil,
                         doing what: String) -> NewsGraphError {
        if let error = error as? NewsGraphError { return error }
        let detail: String
        if let error = error as? DatabaseError {
            detail = error.message ?? "\(error.resultCode)"
        } else {
            detail = "\(error)"
        }
        return NewsGraphError(.database, file: file, article: article, span: span, "\(what): \(detail)")
    }
}

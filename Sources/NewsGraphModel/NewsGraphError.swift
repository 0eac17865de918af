/// An error that says where it happened: file, article and character span.
///
/// Every error that reaches a user is one of these; its `description` names the file and,
/// where known, the byte or character offset, so the user can open the file at the place.
public struct NewsGraphError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: String, Sendable {
        case emptyInput = "empty input"
        case binaryInput = "binary input"
        case undecodable = "undecodable text"
        case malformedPage = "malformed page"
        case unreadable = "unreadable file"
        case unwritable = "unwritable file"
        case database = "database error"
        case notFound = "not found"
        case invalidArgument = "invalid argument"
        case readOnly = "read-only"
        case external = "external tool failed"
        case invalidGold = "invalid gold file"
        case malformedCorpus = "malformed training corpus"
    }

    public var kind: Kind
    public var file: String?
    public var article: Int?
    /// Offset of the problem: a byte offset for decoding errors, a character span otherwise.
    public var byteOffset: Int?
    public var span: Span?
    public var line: Int?
    public var message: String

    public init(_ kind: Kind, file: String? = nil, article: Int? = nil, byteOffset: Int? = nil, span: Span? = nil,
                line: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.article = article
        self.byteOffset = byteOffset
        self.span = span
        self.line = line
        self.message = message
    }

    public var description: String {
        var place: [String] = []
        if let file { place.append(file) }
        if let line { place.append("line \(line)") }
        if let byteOffset { place.append("byte \(byteOffset)") }
        if let article { place.append("article \(article)") }
        if let span { place.append("chars \(span.start)-\(span.end)") }
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return prefix + kind.rawValue + ": " + message
    }
}

/// An output format `GraphvizRenderer` can produce; the raw value is Graphviz's `-T` name.
public enum GraphvizFormat: String, Hashable, Codable, Sendable, CaseIterable {
    case svg
    case png
    case pdf

    /// The usual file extension for the format.
    public var fileExtension: String { rawValue }
}

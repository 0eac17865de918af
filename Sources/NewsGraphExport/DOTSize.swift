import Foundation

/// The largest drawing a DOT file asks Graphviz for: its `size` attribute, in inches.
///
/// Graphviz scales a drawing larger than this down to fit, keeping its proportions (a smaller
/// one is left as it is); at 72 points an inch, `DOTSize(width: 10, height: 8)` gives an SVG of
/// at most 720 × 576 pt.
public struct DOTSize: Hashable, Sendable {
    public var width: Double
    public var height: Double

    /// A size of positive, finite `width` and `height` inches; nil otherwise.
    public init?(width: Double, height: Double) {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else { return nil }
        self.width = width
        self.height = height
    }

    /// `W,H` (`10,8` or `7.5,10`), as `--size` takes it; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]) else { return nil }
        self.init(width: width, height: height)
    }

    /// The attribute value, `"10,8"`.
    var attributeValue: String { DOTWriter.number(width) + "," + DOTWriter.number(height) }
}

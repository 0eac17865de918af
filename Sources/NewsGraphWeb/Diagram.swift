import Foundation
import NewsGraphExport

/// A diagram as a page shows it: Graphviz's SVG, or a note saying why there is none.
///
/// `svg` is inlined in the page as it is (DOT labels are escaped by `DOTWriter`, and Graphviz
/// escapes them again in the SVG); the XML prolog and doctype are cut off first.
public struct Diagram: Equatable, Sendable {
    public var svg: String?
    public var note: String?

    public init(svg: String?, note: String?) {
        self.svg = svg
        self.note = note
    }

    /// `view` drawn by Graphviz's `dot` as SVG, in the Chinese font installed here; when `dot`
    /// fails or is missing, no SVG and the reason as a note.
    public static func draw(_ view: () throws -> GraphView, renderer: GraphvizRenderer) -> Diagram {
        do {
            let dot = try renderer.writer().write(try view())
            let data = try renderer.renderData(dot: dot, format: .svg)
            return Diagram(svg: inlineSVG(String(decoding: data, as: UTF8.self)), note: nil)
        } catch {
            return Diagram(svg: nil, note: "no diagram: \(error)")
        }
    }

    /// An SVG document from its `<svg` element on, without the prolog, doctype and comments before it.
    static func inlineSVG(_ document: String) -> String? {
        guard let start = document.range(of: "<svg") else { return nil }
        return String(document[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

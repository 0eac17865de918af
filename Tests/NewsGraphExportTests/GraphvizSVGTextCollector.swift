import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an SVG Graphviz wrote and collects its `<text>` elements: their text and font family.
final class GraphvizSVGTextCollector: NSObject, XMLParserDelegate {
    /// The text of every `<text>` element, in document order.
    private(set) var texts: [String] = []
    /// The `font-family` of every `<text>` element, parallel to `texts`.
    private(set) var fontFamilies: [String] = []
    private var current: String?

    /// Parses an SVG document; nil when it is not well-formed XML.
    static func collect(svg: Data) -> GraphvizSVGTextCollector? {
        let collector = GraphvizSVGTextCollector()
        let parser = XMLParser(data: svg)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard elementName == "text" else { return }
        current = ""
        fontFamilies.append(attributeDict["font-family"] ?? "")
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard elementName == "text", let text = current else { return }
        texts.append(text)
        current = nil
    }
}

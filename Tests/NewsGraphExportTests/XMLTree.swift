import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// An XML document read back with Foundation's `XMLParser`, as a tree of elements, for checking
/// what the GraphML and GEXF writers wrote. Parsing fails the test when the text is not
/// well-formed XML.
final class XMLTree: NSObject, XMLParserDelegate {
    /// One element: its local name, attributes, child elements and text.
    struct Element: Sendable {
        var name: String
        var attributes: [String: String]
        var children: [Element] = []
        var text = ""

        /// The child elements called `name`.
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// Every element below this one called `name`, in document order.
        func descendants(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
        }
    }

    /// An element being read; made an `Element` when it ends.
    private final class Open {
        var element: Element
        init(_ element: Element) { self.element = element }
    }

    private var stack: [Open] = []
    private(set) var root: Element?
    private(set) var namespaces: [String] = []

    /// Parses `text`; fails the test (and throws) when it is not well-formed.
    static func parse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Element {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = tree
        let ok = parser.parse()
        try #require(ok, "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)",
                     sourceLocation: sourceLocation)
        return try #require(tree.root, sourceLocation: sourceLocation)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let namespaceURI, !namespaces.contains(namespaceURI) { namespaces.append(namespaceURI) }
        stack.append(Open(Element(name: elementName, attributes: attributes)))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let done = stack.removeLast().element
        if let parent = stack.last { parent.element.children.append(done) } else { root = done }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.element.text += string
    }
}

import Foundation
import Mustache
import NewsGraphModel

/// The page templates (`Templates/*.mustache`), found at run time as the other resources are.
///
/// The folder is looked for by `ResourceLocator`: `$NEWSGRAPH_RESOURCES/Templates`, beside the
/// binary in `NewsGraph_NewsGraphWeb.resources/Templates`, in `../share/newsgraph/Templates`
/// (what `scripts/install.sh` makes), or in the source tree. Each file is registered under its
/// name without `.mustache` (`meeting`, `layout`).
public enum TemplateLibrary {
    /// The names of the templates the pages need; a folder without one of them is refused.
    static let required = ["layout", "home", "meeting", "person", "policy", "article", "search", "error"]

    /// The shipped templates' folder.
    public static func folder() throws -> URL {
        try ResourceLocator.folder("Templates", bundle: "NewsGraph_NewsGraphWeb",
                                   source: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Templates"))
    }

    /// The templates of `folder` (the shipped ones by default), parsed.
    ///
    /// - Throws: `NewsGraphError(.unreadable)` when a file cannot be read or parsed (naming it and the
    ///   place), or a template the pages need is missing.
    public static func load(from folder: URL? = nil) throws -> MustacheLibrary {
        let folder = try folder ?? self.folder()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw NewsGraphError(.unreadable, file: folder.path, "cannot list the templates: \(error.localizedDescription)")
        }
        var library = MustacheLibrary()
        for file in names {
            let url = folder.appendingPathComponent(file)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw NewsGraphError(.unreadable, file: url.path, "cannot read the template: \(error.localizedDescription)")
            }
            do {
                try library.register(text, named: String(file.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw NewsGraphError(.unreadable, file: url.path,
                                     "the template does not parse: \(error.error) at line \(error.context.lineNumber), column \(error.context.columnNumber)")
            }
        }
        for name in required where library.getTemplate(named: name) == nil {
            throw NewsGraphError(.unreadable, file: folder.path, "the template \(name).mustache is missing")
        }
        return library
    }
}

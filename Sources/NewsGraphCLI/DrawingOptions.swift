import ArgumentParser
import NewsGraphExport

/// How `export dot` draws its view: the layout engine, the legend and the largest size.
///
/// Unset, they leave the DOT exactly as before: the engine chosen by the view's size, a legend,
/// the natural size.
struct DrawingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The Graphviz layout: dot (ranks), sfdp or neato (force-directed); default: dot, sfdp for large views.",
                               valueName: "dot|sfdp|neato"))
    var layout: DOTLayoutEngine?
    @Flag(help: "Leave the legend out.")
    var noLegend = false
    @Option(help: ArgumentHelp("The largest drawing, in inches (72 pt each): a larger one is scaled down to fit, e.g. 10,8.",
                               valueName: "W,H"))
    var size: String?

    func validate() throws {
        _ = try parsedSize()
    }

    /// The size `--size` names, or nil when it is absent.
    func parsedSize() throws -> DOTSize? {
        guard let size else { return nil }
        guard let parsed = DOTSize(size) else {
            throw ValidationError("--size takes WIDTH,HEIGHT in inches, both above 0 (e.g. 10,8), not \(size)")
        }
        return parsed
    }

    /// `base` with these options applied.
    func writer(from base: DOTWriter) throws -> DOTWriter {
        var writer = base
        writer.layout = layout
        writer.includesLegend = !noLegend
        writer.size = try parsedSize()
        return writer
    }
}

extension DOTLayoutEngine: ExpressibleByArgument {}

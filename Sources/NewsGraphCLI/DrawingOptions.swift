import ArgumentParser
import NewsGraphExport

/// How `export dot` draws its view: the layout engine, the clusters, the legend and the largest size.
///
/// Unset, they leave the DOT exactly as before: the engine chosen by the view's size, a legend,
/// the natural size.
struct DrawingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The Graphviz layout: dot (ranks), sfdp, neato or fdp (force-directed, fdp keeps clusters); default: dot, sfdp for large views (with --cluster: dot up to 150 nodes, fdp above).",
                               valueName: "dot|sfdp|neato|fdp"))
    var layout: DOTLayoutEngine?
    @Option(help: ArgumentHelp("Frame the entities of each province or organisation together.", valueName: "province|organization"))
    var cluster: GraphClustering?
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

    /// `view` with its nodes framed by `--cluster`, read from `builder`'s store; as it is without it.
    func clustered(_ view: GraphView, builder: GraphViewBuilder) throws -> GraphView {
        guard let cluster else { return view }
        return try builder.clustered(view, by: cluster)
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

extension GraphClustering: ExpressibleByArgument {}

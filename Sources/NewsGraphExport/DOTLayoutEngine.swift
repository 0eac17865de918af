/// The Graphviz layout engine a DOT file asks for (its `layout` attribute).
public enum DOTLayoutEngine: String, Hashable, Sendable, CaseIterable {
    /// Hierarchical ranks; used for small views and timelines.
    case dot
    /// Scalable force-directed placement; used for large views.
    case sfdp
    /// Spring model (stress majorisation); only when asked for (`DOTWriter.layout`).
    case neato
    /// Force-directed placement that keeps clusters together; used for large clustered views.
    case fdp
}

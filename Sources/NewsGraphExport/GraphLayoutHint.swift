/// How a `GraphView` wants to be laid out.
///
/// The hint states the view's shape; `DOTWriter` still switches to a force-directed layout
/// when a view is too large for a ranked one (see `DOTWriter.largeViewNodeLimit`).
public enum GraphLayoutHint: String, Hashable, Codable, Sendable, CaseIterable {
    /// A small view drawn in ranks from left to right (who attended which meeting).
    case ranked
    /// A small view drawn in ranks from top to bottom (an organisation tree).
    case rankedTopDown
    /// A trace through time (a policy from issue to implementation): nodes grouped by their
    /// `rank` string, groups placed left to right in date order.
    case timeline
    /// A view of hundreds or thousands of nodes, drawn force-directed.
    case large
}

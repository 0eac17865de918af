import NewsGraphModel

extension DOTWriter {
    /// Whether a view is drawn compactly: a `dot` drawing, not a timeline, of more than
    /// `boundedEffortThreshold` nodes plus edges.
    ///
    /// In such a drawing every edge label ranked as a node of its own, and a legend one sample per
    /// row, would make the columns many times taller than their nodes (the person view of a
    /// provincial leader with the people met: 8,698 px instead of 2,874); so its labels are
    /// `xlabel`s, its nodes closer and its legend a table.
    func isDense(_ view: GraphView, engine: DOTLayoutEngine) -> Bool {
        engine == .dot && view.layoutHint != .timeline && view.nodes.count + view.edges.count > boundedEffortThreshold
    }

    /// Whether `dot` draws edges of this kind head to tail (`dir=back`, the arrow still at the
    /// head): `任职` and `隶属`, so that a post or organisation is ranked before its holder.
    static func isDrawnBackwards(_ kind: RelationKind) -> Bool {
        kind == .holdsPost || kind == .affiliatedWith
    }
}

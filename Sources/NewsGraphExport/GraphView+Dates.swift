extension GraphView {
    /// Whether `text` is a full ISO date, `YYYY-MM-DD` (not `MM-DD`, not a rank like `日期不明`).
    public static func isFullDate(_ text: String?) -> Bool {
        guard let text else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return false }
        return scalars.enumerated().allSatisfy { index, scalar in
            index == 4 || index == 7 || ("0"..."9").contains(scalar)
        }
    }

    /// The first and last full date each node is seen on, by node id.
    ///
    /// A node's span runs from the earliest to the latest of its own date and the dates of the
    /// edges at either end of it, counting only full `YYYY-MM-DD` dates; a node with none has
    /// no entry. The GEXF timeline and the exports' `first_seen`/`last_seen` use it.
    ///
    /// ```swift
    /// let spans = view.dateSpans()
    /// spans["0 person:韩俊"]  // (first: "2022-06-16", last: "2022-06-17")
    /// ```
    public func dateSpans() -> [String: (first: String, last: String)] {
        var spans: [String: (first: String, last: String)] = [:]
        func see(_ id: String, _ date: String?) {
            guard let date, Self.isFullDate(date) else { return }
            if let known = spans[id] {
                spans[id] = (min(known.first, date), max(known.last, date))
            } else {
                spans[id] = (date, date)
            }
        }
        for node in nodes { see(node.id, node.date) }
        for edge in edges {
            see(edge.from, edge.date)
            see(edge.to, edge.date)
        }
        return spans
    }
}

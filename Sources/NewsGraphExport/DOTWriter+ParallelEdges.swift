import NewsGraphModel

extension DOTWriter {
    /// Edges in drawing order, those between one pair of nodes (in one direction) merged into one
    /// with all their labels: a person who presided and spoke at a meeting gets one line labelled
    /// `主持 · 讲话` rather than two drawn on top of each other (`splines=line` draws parallel
    /// edges as one).
    ///
    /// `edges` must be in `edgeOrder`. A merged edge is drawn in the style of the kind declared
    /// first in `RelationKind` (presided before spoke and attended), its labels in that order,
    /// each with its printed ordinal (`出席 #3`); a label that repeats within a pair is kept once.
    /// A single edge keeps its label and ordinal as they were.
    static func mergingParallel(_ edges: [GraphEdge]) -> [(edge: GraphEdge, labels: [String])] {
        var merged: [(edge: GraphEdge, labels: [String])] = []
        var start = edges.startIndex
        while start < edges.endIndex {
            var end = start + 1
            while end < edges.endIndex, edges[end].from == edges[start].from, edges[end].to == edges[start].to { end += 1 }
            if end == start + 1 {
                // Most pairs have one edge: its label as it is.
                let edge = edges[start]
                merged.append((edge, [edge.ordinal.map { "\(edge.label) #\($0 + 1)" } ?? edge.label]))
                start = end
                continue
            }
            let group = edges[start..<end].enumerated().sorted { a, b in
                let ka = RelationKind.allCases.firstIndex(of: a.element.kind) ?? 0
                let kb = RelationKind.allCases.firstIndex(of: b.element.kind) ?? 0
                return ka != kb ? ka < kb : a.offset < b.offset
            }.map(\.element)
            var labels: [String] = []
            for edge in group {
                let label = edge.ordinal.map { "\(edge.label) #\($0 + 1)" } ?? edge.label
                if !labels.contains(label) { labels.append(label) }
            }
            merged.append((group[0], labels))
            start = end
        }
        return merged
    }
}

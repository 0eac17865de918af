import NewsGraphModel

/// How edges of one relation kind are drawn: line style, colour, width, arrow head, legend text.
///
/// Line styles differ between the meeting roles (presided bold, attended solid, spoke dashed,
/// reported dotted) so a black-and-white print still tells them apart; colours help on screen.
public struct DOTEdgeStyle: Hashable, Sendable {
    /// A Graphviz `style` value (`solid`, `bold`, `dashed`, `dotted`).
    public var lineStyle: String
    /// Line and label colour, `#rrggbb`.
    public var color: String
    public var penWidth: Double
    /// A Graphviz arrow shape (`normal`, `empty`, `vee`, `dot`, `odot`).
    public var arrowHead: String
    /// The relation's name in the legend (`主持 presided`).
    public var legendLabel: String

    public init(lineStyle: String, color: String, penWidth: Double, arrowHead: String, legendLabel: String) {
        self.lineStyle = lineStyle
        self.color = color
        self.penWidth = penWidth
        self.arrowHead = arrowHead
        self.legendLabel = legendLabel
    }

    /// The style for a relation kind.
    public static func style(for kind: RelationKind) -> DOTEdgeStyle {
        switch kind {
        case .presided:
            DOTEdgeStyle(lineStyle: "bold", color: "#1f4e79", penWidth: 2.5, arrowHead: "normal", legendLabel: "主持 presided")
        case .attended:
            DOTEdgeStyle(lineStyle: "solid", color: "#434343", penWidth: 1, arrowHead: "normal", legendLabel: "出席 attended")
        case .spoke:
            DOTEdgeStyle(lineStyle: "dashed", color: "#38761d", penWidth: 1.5, arrowHead: "normal", legendLabel: "讲话 spoke")
        case .reported:
            DOTEdgeStyle(lineStyle: "dotted", color: "#741b47", penWidth: 1.5, arrowHead: "normal", legendLabel: "汇报 reported")
        case .holdsPost:
            DOTEdgeStyle(lineStyle: "solid", color: "#7f6000", penWidth: 1, arrowHead: "empty", legendLabel: "任职 holds post")
        case .affiliatedWith:
            DOTEdgeStyle(lineStyle: "dashed", color: "#7f6000", penWidth: 1, arrowHead: "empty", legendLabel: "隶属 affiliated with")
        case .issued:
            DOTEdgeStyle(lineStyle: "bold", color: "#990000", penWidth: 2, arrowHead: "normal", legendLabel: "印发 issued")
        case .implements:
            DOTEdgeStyle(lineStyle: "dashed", color: "#b45f06", penWidth: 1.5, arrowHead: "vee", legendLabel: "落实 implements")
        case .mentions:
            DOTEdgeStyle(lineStyle: "dotted", color: "#999999", penWidth: 1, arrowHead: "vee", legendLabel: "提及 mentions")
        case .heldIn:
            DOTEdgeStyle(lineStyle: "solid", color: "#5b3f8c", penWidth: 1, arrowHead: "dot", legendLabel: "举行于 held in")
        case .partOf:
            DOTEdgeStyle(lineStyle: "solid", color: "#666666", penWidth: 1, arrowHead: "odot", legendLabel: "属于 part of")
        case .reportedBy:
            DOTEdgeStyle(lineStyle: "dotted", color: "#434343", penWidth: 1, arrowHead: "odot", legendLabel: "记者 reported by")
        }
    }
}

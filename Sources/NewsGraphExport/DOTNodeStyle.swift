import NewsGraphModel

/// How nodes of one entity kind are drawn: shape, fill and border colour, legend text.
///
/// The palette is light fills with dark borders, so drawings stay legible when printed in
/// black and white (the shapes alone tell the kinds apart).
public struct DOTNodeStyle: Hashable, Sendable {
    /// A Graphviz shape name (`ellipse`, `box`, …).
    public var shape: String
    /// Fill colour, `#rrggbb`.
    public var fillColor: String
    /// Border colour, `#rrggbb`.
    public var borderColor: String
    /// The kind's name in the legend (`人物 person`).
    public var legendLabel: String

    public init(shape: String, fillColor: String, borderColor: String, legendLabel: String) {
        self.shape = shape
        self.fillColor = fillColor
        self.borderColor = borderColor
        self.legendLabel = legendLabel
    }

    /// The style for an entity kind.
    public static func style(for kind: EntityKind) -> DOTNodeStyle {
        switch kind {
        case .person:
            DOTNodeStyle(shape: "ellipse", fillColor: "#dbe9f6", borderColor: "#1f4e79", legendLabel: "人物 person")
        case .organization:
            DOTNodeStyle(shape: "box", fillColor: "#e2f0d9", borderColor: "#38761d", legendLabel: "机构 organization")
        case .meeting:
            DOTNodeStyle(shape: "hexagon", fillColor: "#fff2cc", borderColor: "#b45f06", legendLabel: "会议 meeting")
        case .policy:
            DOTNodeStyle(shape: "note", fillColor: "#fce4e4", borderColor: "#990000", legendLabel: "政策 policy")
        case .place:
            DOTNodeStyle(shape: "house", fillColor: "#ece4f5", borderColor: "#5b3f8c", legendLabel: "地点 place")
        case .post:
            DOTNodeStyle(shape: "component", fillColor: "#eeeeee", borderColor: "#434343", legendLabel: "职务 post")
        }
    }
}

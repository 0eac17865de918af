/// A name the trained entity tagger found in an article, before any rule decides what it is.
///
/// `span` is an offset range into the article's text as the tagger marked it (spaces at its edges
/// included); `margin` is the least margin of its characters, the tagger's confidence in the weights'
/// units. Components read these spans where a rule needs them (the seat of a post, a name no post
/// anchors) so that the tagger runs once per sentence.
public struct TaggedEntity: Sendable, Equatable {
    /// What the tagger says the span names.
    public enum Kind: Int, Sendable {
        case person = 0, place = 1, organization = 2
    }

    public var kind: Kind
    public var span: Span
    public var margin: Double

    public init(kind: Kind, span: Span, margin: Double) {
        self.kind = kind
        self.span = span
        self.margin = margin
    }
}

/// A kind of annotation a pipeline component needs or adds to a `Document`.
public enum DocumentLayer: String, Sendable, CaseIterable {
    case raw
    case cleanText
    case articles
    case sentences
    /// The trained tagger's names (`Article.tagged`).
    case tagged
    case dates
    case titles
    case organizations
    case places
    case persons
    case meetings
    case policies
    case relations
    case issueDate
    case issueRegion
    case postChanges
    /// Posts printed after a name (`请甲局长介绍情况`).
    case postsAfterNames
    case jurisdictions
}

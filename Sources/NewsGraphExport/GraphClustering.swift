/// What a drawing frames its nodes by (`export dot --cluster`): the province or the organisation
/// they belong to (see `GraphViewBuilder.clustered(_:by:)`).
public enum GraphClustering: String, Hashable, Sendable, CaseIterable {
    /// The province a person is placed in by the posts printed with them; posts, organisations
    /// and places by the province their name begins with.
    case province
    /// The organisation a person is affiliated with (`隶属`); an organisation is its own group.
    case organization
}

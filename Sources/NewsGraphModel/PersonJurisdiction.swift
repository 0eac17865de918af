/// Where one article's posts place a person: a province, the whole country, or the paper's province.
///
/// Entity resolution counts these votes, not the province of the paper that printed the name:
/// `吉林省委书记` places its holder in 吉林 wherever it is printed, `总书记` is national and never
/// splits a person by province, and a bare `省长` takes the province the sentence names before it.
public struct PersonJurisdiction: Hashable, Codable, Sendable {
    /// How strong the evidence is, strongest first.
    public enum Evidence: String, Codable, Sendable, CaseIterable, Comparable {
        /// The post names its province or city (`吉林省委书记`, `大连市委书记`).
        case post
        /// A post naming no place after a post or body of a named province in the same sentence, or a
        /// post relative to its province (`省长`) in a paper of that province.
        case context
        /// A post naming no place (`市委书记`), placed by the province of the paper (weak).
        case paper
        /// A national post (`总书记`, `国务院总理`): no province.
        case national

        public static func < (a: Evidence, b: Evidence) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// The region value of a national vote.
    public static let national = "national"

    /// The person's name as the mentions give it.
    public var name: String
    /// A province (`吉林`) or `PersonJurisdiction.national`.
    public var region: String
    public var evidence: Evidence
    /// The post that decided, as printed (`吉林省委书记`, or `省长` with the context's province).
    public var post: String

    public init(name: String, region: String, evidence: Evidence, post: String) {
        self.name = name
        self.region = region
        self.evidence = evidence
        self.post = post
    }
}

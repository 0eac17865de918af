import NewsGraphModel
import NewsGraphStore

extension GraphViewBuilder {
    /// Whether a post is relative to a province: printed without its province (`省长`, `省委书记`,
    /// `副省长`), it is the post of the province the paper or the sentence places its holder in.
    static func isProvinceRelative(_ post: String) -> Bool {
        post.hasPrefix("省") || post.hasPrefix("副省")
    }

    /// A post as drawn: `吉林省长` for `省长` held in 吉林, so that the governors of six provinces
    /// are six posts, not one; a post that names its place, or whose province is unknown, as printed.
    public static func postName(_ post: String, province: String?) -> String {
        guard let province, !province.isEmpty, isProvinceRelative(post), !post.hasPrefix(province) else { return post }
        return province + post
    }

    /// The province of the holder of a province-relative post in each of `articles`, when they all
    /// say the same one (`GraphStore.provinces(ofPersons:)`); nil when none says or they disagree.
    public static func province(of person: String, in articles: [Int64], provinces: [Int64: [String: String]]) -> String? {
        let found = Set(articles.compactMap { provinces[$0]?[person] })
        return found.count == 1 ? found.first : nil
    }

    /// The stable key of a post drawn under `name` (`post:吉林省长`), with its organisation after `#`.
    static func postKey(_ name: String, organization: String? = nil) -> String {
        EntityKey.qualified(kind: EntityKind.post.rawValue, key: EntityKey.key(for: EntityRef(.post, name)))
            + (organization.map { "#" + $0 } ?? "")
    }
}

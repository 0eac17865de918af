import NewsGraphStore

/// An article reference as the query commands print it in JSON.
///
/// `key` is the article's stable key (`EntityKey.article`); `headline` is null when the
/// article printed none; `title` is then its opening words.
struct ArticleJSON: Encodable {
    var key: String
    var title: String
    @Nullable var headline: String?
    @Nullable var paper: String?
    @Nullable var issue_date: String?
    @Nullable var page: Int?

    init(_ ref: ArticleRef) {
        key = ref.key
        title = ref.title
        headline = ref.headline
        paper = ref.paper
        issue_date = ref.issueDate
        page = ref.page
    }
}

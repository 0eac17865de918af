import NewsGraphStore

/// An article reference as the query commands print it in JSON.
///
/// `headline` is null when the article printed none; `title` is then its opening words.
struct ArticleJSON: Encodable {
    var id: Int64
    var title: String
    @Nullable var headline: String?
    @Nullable var paper: String?
    @Nullable var issue_date: String?
    @Nullable var page: Int?

    init(_ ref: ArticleRef) {
        id = ref.id
        title = ref.title
        headline = ref.headline
        paper = ref.paper
        issue_date = ref.issueDate
        page = ref.page
    }
}

import NewsGraphModel

extension TitleRecognizer {
    /// Where a post of a mission abroad starts when the place it is posted to is printed after
    /// `驻` and the country it stands for before it (`某国` + `驻` + `沈阳` + `总领事`).
    ///
    /// The post is the country's, not the host city's: a consul general in 沈阳 is not a post of 沈阳.
    /// `start` is where the place or body the post was found with begins.
    ///
    /// Example: in `甲国驻乙市总领事丙出席` the post is `甲国驻乙市总领事`, not `乙市总领事`.
    func stationedStart(_ t: ScalarText, before start: Int, in article: Article) -> Int? {
        guard start >= 2, t[start - 1] == "驻" else { return nil }
        return article.mention(endingAt: start - 1, kinds: [.place, .organization])?.span.start
    }
}

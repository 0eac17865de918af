import NewsGraphModel

/// Fills in the issue date when neither flags, index nor path gave one, and resolves the year
/// of every dateline date against the issue.
///
/// Inference: the year is the one most printed in full dates on the page (`2022年6月16日`), the
/// day is the day after the latest dateline (a paper prints the news of the day before). The
/// issue is then marked `inferred`.
public struct IssueDateResolver: PipelineComponent {
    public let name = "issue-date"
    public let needs: Set<DocumentLayer> = [.articles]
    public let adds: Set<DocumentLayer> = [.issueDate]

    public init() {}

    public func process(_ document: inout Document) throws {
        var issue = document.issue
        if issue.date == nil, let inferred = infer(document) {
            issue.date = inferred
            issue.dateSource = .inferred
        }
        var articles = document.articles
        for i in articles.indices {
            if var dl = articles[i].dateline, let d = dl.date {
                dl.date = d.resolved(against: issue.date)
                articles[i].dateline = dl
            }
        }
        document.issue = issue
        document.articles = articles
        document.layers.insert(.issueDate)
    }

    func infer(_ document: Document) -> SimpleDate? {
        var years: [Int: Int] = [:]
        for article in document.articles {
            let t = article.text
            var i = 0
            while i < t.count {
                if CharacterClass.isDigit(t[i]), let (d, end) = DateParser.date(t, at: i), let y = d.year {
                    years[y, default: 0] += 1
                    i = end
                } else {
                    i += 1
                }
            }
        }
        let datelines = document.articles.compactMap { $0.dateline?.date }
        guard let year = years.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else { return nil }
        guard let latest = datelines.map({ SimpleDate(year: year, month: $0.month, day: $0.day) }).max() else { return nil }
        return latest.adding(days: 1)
    }
}

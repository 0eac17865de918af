import NewsGraphModel

extension IssueRecord {
    /// The issue row of a document (not yet inserted).
    ///
    /// An issue date without a year is not stored (the column holds full dates only).
    init(document: Document) {
        let date = document.issue.date.flatMap { $0.isComplete ? $0.iso : nil }
        self.init(id: nil, sourcePath: document.path, contentHash: document.contentHash,
                  paper: document.issue.paper, issueDate: date, dateSource: document.issue.dateSource?.rawValue,
                  page: document.issue.page, url: document.issue.url, encoding: document.encoding,
                  rawText: document.raw.description, cleanText: document.page?.text.description ?? "",
                  region: document.issue.region)
    }
}

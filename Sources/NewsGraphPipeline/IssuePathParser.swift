import NewsGraphModel

/// Reads the paper and issue date from a path of the form `PAPER/YYYY-MM-DD/…`.
///
/// Example: `corpus/jilin-daily/2022-05-09/01-han.txt` gives paper `jilin-daily`, date 2022-05-09;
/// `jilin-daily/undated/03.txt` gives the paper and no date.
public enum IssuePathParser {
    public static func issue(fromPath path: String) -> IssueInfo? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 3 else { return nil }
        for i in stride(from: parts.count - 2, through: 1, by: -1) {
            let folder = parts[i]
            if let date = SimpleDate(iso: folder), folder.count == 10 {
                return IssueInfo(paper: parts[i - 1], date: date, dateSource: .path)
            }
            if folder == "undated" {
                return IssueInfo(paper: parts[i - 1], date: nil, dateSource: nil)
            }
        }
        return nil
    }
}

import NewsGraphModel

extension Article {
    /// Reads the dateline or `（上接第X版）` at the start of the body and `（下转第X版）` at its end.
    mutating func readOpeningAndClosing() {
        if let dl = DatelineParser.parse(text, at: 0) {
            dateline = dl
        } else if let marker = ContinuationMarker.parse(text, at: 0), marker.direction == .from {
            continuedFromPage = marker.page
        }
        if let close = text.scalars[..<bodyLength].lastIndex(of: "（"), let m = ContinuationMarker.parse(text, at: close), m.direction == .to {
            continuedToPage = m.page
        }
    }
}

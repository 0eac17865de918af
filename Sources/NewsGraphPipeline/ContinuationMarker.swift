import NewsGraphModel

/// Continuation markers of articles printed across pages: `（上接第一版）`, `（下转第3版）`.
public enum ContinuationMarker {
    public enum Direction: Sendable { case from, to }

    /// Parses a marker starting at `offset`; returns its direction, page and end offset.
    public static func parse(_ text: ScalarText, at offset: Int) -> (direction: Direction, page: Int, end: Int)? {
        guard offset < text.count, text[offset] == "（" || text[offset] == "(" else { return nil }
        var i = offset + 1
        let direction: Direction
        if text.hasPrefix("上接", at: i) || text.hasPrefix("接上", at: i) {
            direction = .from
        } else if text.hasPrefix("下转", at: i) || text.hasPrefix("转下", at: i) {
            direction = .to
        } else {
            return nil
        }
        i += 2
        guard i < text.count, text[i] == "第" else { return nil }
        i += 1
        let start = i
        while i < text.count && ChineseNumber.isNumeral(text[i]) { i += 1 }
        guard let page = ChineseNumber.value(text.scalars[start..<i]), i < text.count, text[i] == "版" else { return nil }
        i += 1
        guard i < text.count, text[i] == "）" || text[i] == ")" else { return nil }
        return (direction, page, i + 1)
    }
}

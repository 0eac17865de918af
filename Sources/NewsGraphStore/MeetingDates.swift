import GRDB

/// Gives a year to meetings dated only by month and day.
///
/// A meeting reported by an undated page (`6月19日上午…开幕`) is dated `06-19`; the earliest
/// dated article that names it says which year: the year of its issue, or the year before when
/// that issue is earlier in the year than the meeting. A function of the stored articles, so
/// the order pages arrive in does not matter.
enum MeetingDates {
    /// Completes every meeting date that lacks a year and that a dated article can complete.
    static func complete(in db: Database) throws {
        let partial = try Row.fetchAll(db, sql: "SELECT id, date FROM entities WHERE kind = 'meeting' AND length(date) = 5")
        for row in partial {
            let id: Int64 = row["id"]
            let monthDay: String = row["date"]
            guard let issue = try String.fetchOne(db.cachedStatement(sql: """
                SELECT MIN(i.issue_date) FROM relations r JOIN articles a ON a.id = r.article_id JOIN issues i ON i.id = a.issue_id
                WHERE r.object_id = ? AND i.issue_date IS NOT NULL
                """), arguments: [id]), let year = Int(issue.prefix(4)) else { continue }
            let full = (monthDay <= String(issue.dropFirst(5)) ? year : year - 1)
            try db.runCached("UPDATE entities SET date = ? WHERE id = ?", ["\(full)-\(monthDay)", id])
        }
    }
}

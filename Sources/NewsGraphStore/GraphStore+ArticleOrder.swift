import GRDB

extension GraphStore {
    /// Where an article stands in store order, and what a query prints of it without its text.
    struct ArticlePlace {
        /// The article's place in store order among those read together; articles that tie share it.
        var rank: Int
        var issueDate: String?
        var contentHash: String
        /// The article's ordinal in its issue.
        var ordinal: Int
    }

    /// The articles `ids` by id, ranked in store order: issue date, source path, ordinal in the issue,
    /// each compared as SQLite's `ORDER BY` compares it (texts byte for byte).
    ///
    /// Articles that tie on all three share a rank, so rows sorted by (rank, …) come out in the order
    /// `ORDER BY i.issue_date, i.source_path, a.ordinal, …` gives them. Undated issues come first with
    /// `undatedFirst` (SQLite's order of NULL), else last (`i.issue_date IS NULL, i.issue_date`). An
    /// article that is missing, or whose issue is, is left out (a join would drop its rows).
    ///
    /// One read for all of them (the ids bound as one JSON array), from the covering indexes of 031:
    /// the rows of a query then need not each be joined to their article and issue to be sorted in SQL.
    static func articlePlaces(of ids: Set<Int64>, undatedFirst: Bool, in db: Database) throws -> [Int64: ArticlePlace] {
        var read: [(id: Int64, path: String, place: ArticlePlace)] = []
        read.reserveCapacity(ids.count)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, i.issue_date, i.source_path, a.ordinal, i.content_hash
            FROM json_each(?) x CROSS JOIN articles a \(articleCover)ON a.id = x.value JOIN issues i \(issueCover)ON i.id = a.issue_id
            """, arguments: ["[" + ids.sorted().map(String.init).joined(separator: ",") + "]"])
        while let row = try rows.next() {
            read.append((row[0], row[2], ArticlePlace(rank: 0, issueDate: row[1], contentHash: row[4], ordinal: row[3])))
        }
        func precedes(_ a: (id: Int64, path: String, place: ArticlePlace), _ b: (id: Int64, path: String, place: ArticlePlace)) -> Bool {
            switch (a.place.issueDate, b.place.issueDate) {
            case let (x?, y?) where !x.utf8.elementsEqual(y.utf8): return x.utf8.lexicographicallyPrecedes(y.utf8)
            case (nil, _?): return undatedFirst
            case (_?, nil): return !undatedFirst
            default: break
            }
            if !a.path.utf8.elementsEqual(b.path.utf8) { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
            return a.place.ordinal < b.place.ordinal
        }
        read.sort(by: precedes)
        var places: [Int64: ArticlePlace] = [:]
        places.reserveCapacity(read.count)
        var rank = 0
        for index in read.indices {
            if index > 0, precedes(read[index - 1], read[index]) { rank += 1 }
            var place = read[index].place
            place.rank = rank
            places[read[index].id] = place
        }
        return places
    }
}

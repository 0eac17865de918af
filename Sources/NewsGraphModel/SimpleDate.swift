/// A calendar date without time or zone, possibly missing its year.
///
/// Newspapers print `6月16日` and leave the year to the issue; `SimpleDate` keeps that
/// uncertainty (`year == nil`) until a stage resolves it against the issue date.
public struct SimpleDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int
    public var day: Int

    public init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, or `MM-DD` (what `iso` gives for a date without a year).
    public init?(iso: String) {
        let fields = iso.split(separator: "-", omittingEmptySubsequences: false)
        if fields.map(\.count) == [2, 2], let m = Int(fields[0]), let d = Int(fields[1]), (1...12).contains(m), (1...31).contains(d) {
            self.init(year: nil, month: m, day: d)
            return
        }
        guard fields.map(\.count) == [4, 2, 2] else { return nil }
        let parts = fields.compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// `YYYY-MM-DD`, or `MM-DD` when the year is unknown.
    public var iso: String {
        let md = String(format2: month) + "-" + String(format2: day)
        if let year { return "\(year)-" + md }
        return md
    }

    public var description: String { iso }

    public var isComplete: Bool { year != nil }

    /// Days since 1970-01-01 (proleptic Gregorian); nil without a year.
    public var dayNumber: Int? {
        guard let year else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// This date moved by `days` (requires a year).
    public func adding(days: Int) -> SimpleDate? {
        guard let n = dayNumber else { return nil }
        return SimpleDate(dayNumber: n + days)
    }

    /// Fills in a missing year from a reference date: the year that puts this date closest
    /// before (or at most a few days after) the reference, as a newspaper's dates are.
    public func resolved(against reference: SimpleDate?) -> SimpleDate {
        guard year == nil, let reference, let ry = reference.year else { return self }
        var best = SimpleDate(year: ry, month: month, day: day)
        if let b = best.dayNumber, let r = reference.dayNumber, b - r > 31 {
            best.year = ry - 1
        }
        return best
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        ((a.year ?? 0), a.month, a.day) < ((b.year ?? 0), b.month, b.day)
    }
}

extension String {
    /// A number written with at least two digits (`6` → `06`).
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}

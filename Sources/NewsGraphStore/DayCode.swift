import Foundation

/// A day `YYYY-MM-DD`, or an unknown day, as one integer that orders as SQLite orders the texts.
///
/// A full ISO date's digits read as a number (`20220617` for `2022-06-17`) order as its bytes do, since
/// every such text has the same length and its dashes sit in the same places; an unknown day is 0, before
/// every date, as SQLite sorts `NULL` first. `GraphStore.firstLinks` keeps a whole graph's relation days
/// so, none of them made into a `String` until a link is returned.
///
/// ```swift
/// DayCode("2022-06-17").text     // "2022-06-17"
/// DayCode(nil) < DayCode("0000-01-01")  // true
/// ```
struct DayCode: Comparable, Hashable {
    /// The date's digits plus one, or 0 for an unknown day.
    let value: UInt32

    /// The unknown day.
    static let unknown = DayCode(value: 0)

    private init(value: UInt32) { self.value = value }

    /// The code of `text` when it is a full `YYYY-MM-DD` date (`FirstLinkRanking.isFullDate`), else
    /// of the unknown day.
    init(_ text: String?) {
        guard var text else { self = .unknown; return }
        self = text.withUTF8 { DayCode(bytes: $0) } ?? .unknown
    }

    /// The code of the ten bytes `YYYY-MM-DD`; nil when `bytes` are not such a date.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10 else { return nil }
        var digits: UInt32 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                digits = digits * 10 + UInt32(byte - UInt8(ascii: "0"))
            }
        }
        value = digits + 1
    }

    /// The date as written, `YYYY-MM-DD`; nil for the unknown day.
    var text: String? {
        guard value > 0 else { return nil }
        var digits = value - 1
        var bytes = [UInt8](repeating: UInt8(ascii: "-"), count: 10)
        for offset in [9, 8, 6, 5, 3, 2, 1, 0] {
            bytes[offset] = UInt8(ascii: "0") + UInt8(digits % 10)
            digits /= 10
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func < (a: DayCode, b: DayCode) -> Bool { a.value < b.value }
}

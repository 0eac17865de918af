/// How meeting names relate: two names of one numbered meeting, and the series a meeting is one of.
///
/// Example: `省委十一届十一次全会` and `中国共产党吉林省第十一届委员会第十一次全体会议` have the same
/// signature (11, 11, plenum); `省政府2022年第14次常务会议` belongs to `省政府2022年常务会议`.
public enum MeetingNames {
    /// Kinds of meeting whose numbers identify them within a province.
    public static let numberedKinds: Set<String> = ["plenum", "party-congress", "executive", "congress", "congress-standing",
                                                    "congress-chairs", "cppcc", "cppcc-standing", "cppcc-chairs"]

    /// The numbers and kind of a meeting name, for telling two names of one meeting.
    public static func signature(_ name: String) -> (numbers: [Int], kind: String) {
        let t = ScalarText(name)
        var numbers: [Int] = []
        var i = 0
        while i < t.count {
            if ChineseNumber.isNumeral(t[i]) {
                var e = i
                while e < t.count && ChineseNumber.isNumeral(t[e]) { e += 1 }
                if e < t.count, "届次年".unicodeScalars.contains(t[e]), let v = ChineseNumber.value(t.scalars[i..<e]),
                   t[e] != "年" || v >= 1949 {
                    numbers.append(v)
                }
                i = e
            } else {
                i += 1
            }
        }
        let kind: String
        if name.hasSuffix("全会") || name.hasSuffix("全体会议") { kind = "plenum" }
        else if name.hasSuffix("党代会") || name.hasSuffix("代表大会") && (name.contains("党") || name.contains("共产")) { kind = "party-congress" }
        else if name.hasSuffix("常务会议") { kind = "executive" }
        else if name.contains("政协") || name.contains("政治协商会议") { kind = "cppcc" + body(name) }
        else if name.contains("人大") || name.contains("人民代表大会") { kind = "congress" + body(name) }
        else { kind = name }
        return (numbers, kind)
    }

    /// Which body of a congress or a political consultative conference meets: its standing
    /// committee (`-standing`), its chairs (`-chairs`: 主席会议, 主任会议), or the whole (empty).
    static func body(_ name: String) -> String {
        if name.contains("常委会") || name.contains("常务委员会") { return "-standing" }
        if name.hasSuffix("主席会议") || name.hasSuffix("主任会议") { return "-chairs" }
        return ""
    }

    /// Whether two names denote the same meeting (same kind and numbering).
    public static func sameMeeting(_ a: String, _ b: String) -> Bool {
        let x = signature(a), y = signature(b)
        return !x.numbers.isEmpty && x.numbers == y.numbers && x.kind == y.kind
    }

    /// The series a numbered meeting belongs to: the name without its session number.
    public static func series(of name: String) -> String? {
        let t = ScalarText(name)
        var last: Span?
        var i = 0
        while i < t.count {
            if t[i] == "第" || ChineseNumber.isNumeral(t[i]) {
                var e = t[i] == "第" ? i + 1 : i
                while e < t.count && ChineseNumber.isNumeral(t[e]) { e += 1 }
                if e < t.count, t[e] == "次", e > i { last = Span(i, e + 1) }
                i = e + 1
            } else {
                i += 1
            }
        }
        guard let last else { return nil }
        return t.string(0, last.start) + t.string(last.end, t.count)
    }
}

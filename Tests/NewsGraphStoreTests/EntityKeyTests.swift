import NewsGraphModel
import NewsGraphStore
import Testing

@Suite("EntityKey")
struct EntityKeyTests {
    @Test("a dated meeting's key carries its date; other kinds ignore the date")
    func meetingKeys() {
        let date = SimpleDate(year: 2022, month: 6, day: 16)
        #expect(EntityKey.key(for: EntityRef(.meeting, "常务会议"), date: date) == "常务会议@2022-06-16")
        #expect(EntityKey.key(for: EntityRef(.meeting, "常务会议")) == "常务会议")
        #expect(EntityKey.key(for: EntityRef(.person, "韩俊"), date: date) == "韩俊")
    }

    @Test("white space goes and full-width letters and digits become half-width")
    func normalizes() {
        #expect(EntityKey.key(for: EntityRef(.person, "韩\u{3000}俊 ")) == "韩俊")
        #expect(EntityKey.normalized("第１４次ＡＢ会议") == "第14次AB会议")
        #expect(EntityKey.normalized("（会议）") == "（会议）")
        // A name with nothing to change comes back as it is; one change anywhere is still made.
        for name in ["省政府2022年第14次常务会议", "Café", "ＡＢ", "甲\r\n", "\u{3000}", ""] {
            let expected = String(String.UnicodeScalarView(name.unicodeScalars.compactMap { u -> Unicode.Scalar? in
                if u == "\r" || u == "\n" || u == "\u{3000}" { return nil }
                return (0xFF21...0xFF3A).contains(u.value) ? Unicode.Scalar(u.value - 0xFEE0) : u
            }))
            #expect(EntityKey.normalized(name) == expected)
            #expect(EntityKey.normalized(name).utf8.elementsEqual(expected.utf8))
        }
    }
}

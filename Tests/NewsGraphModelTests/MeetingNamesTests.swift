import Testing
import NewsGraphModel

@Suite struct MeetingNamesTests {
    @Test func numberedMeetingsHaveSignaturesAndSeries() {
        #expect(MeetingNames.signature("省委十一届十一次全会").numbers == [11, 11])
        #expect(MeetingNames.signature("省政府2022年第14次常务会议").numbers == [2022, 14])
        #expect(MeetingNames.signature("省政府2022年第14次常务会议").kind == "executive")
        #expect(MeetingNames.series(of: "省政府2022年第14次常务会议") == "省政府2022年常务会议")
        #expect(MeetingNames.series(of: "党的二十大") == nil)
    }

    @Test func chineseNumeralsReadAsNumbers() {
        #expect(ChineseNumber.value("十一".unicodeScalars) == 11)
        #expect(ChineseNumber.value("二十".unicodeScalars) == 20)
        #expect(ChineseNumber.value("14".unicodeScalars) == 14)
        #expect(ChineseNumber.value("一百零五".unicodeScalars) == 105)
    }

    @Test func aSessionAndItsStandingCommitteeAreDifferentMeetings() {
        #expect(MeetingNames.sameMeeting("自治区政协十一届五次会议", "政协某某自治区第十一届委员会第五次会议"))
        #expect(!MeetingNames.sameMeeting("省十三届人大三次会议", "省十三届人大常委会第三次会议"))
        #expect(!MeetingNames.sameMeeting("省政协十二届三次会议", "省政协十二届三次常委会议"))
        #expect(MeetingNames.signature("市政协十二届二十三次主席会议").kind == "cppcc-chairs")
        #expect(MeetingNames.signature("省十四届人大常委会第十七次会议").kind == "congress-standing")
    }
}

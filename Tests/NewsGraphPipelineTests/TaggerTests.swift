import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct TaggerTests {
    @Test func aNameBeforeASpeechVerb() throws {
        let tags = try Tagger().tag("韩俊强调")
        #expect(tags.map(\.type) == ["PER"])
        #expect(tags.first.map { [$0.start, $0.end] } == [0, 2])
        #expect(tags.first?.text == "韩俊")
    }

    @Test func peopleBodiesAndPlacesWithOffsetsInTheLine() throws {
        let line = "省委副书记、省长韩俊在长春市主持召开省政府常务会议。"
        let tags = try Tagger().tag(line)
        let scalars = Array(line.unicodeScalars)
        for t in tags {
            #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == t.text, "\(t)")
        }
        #expect(tags.contains { $0.type == "PER" && $0.text == "韩俊" && $0.start == 8 && $0.end == 10 })
        #expect(tags.contains { $0.type == "ORG" && $0.text == "省委" && $0.start == 0 })
        #expect(tags.contains { $0.type == "LOC" && $0.text == "长春市" })
        // Left to right, never overlapping.
        for (a, b) in zip(tags, tags.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func offsetsCountTheLineAsGivenWithLeadingSpaces() throws {
        let tags = try Tagger().tag("  韩俊强调，要抓好落实。")
        let person = try #require(tags.first { $0.type == "PER" })
        #expect([person.start, person.end] == [2, 4])
        #expect(person.text == "韩俊")
    }

    @Test(.enabled(if: ScriptConverter.shared.isAvailable, "needs OpenCC"))
    func offsetsPointIntoTraditionalTextWithInsertedPinyin() throws {
        let line = "省長(zhǎng)韓俊主持召開會議。"
        let person = try #require(try Tagger().tag(line).first { $0.type == "PER" })
        #expect(person.text == "韓俊")
        #expect([person.start, person.end] == [9, 11])
    }

    @Test func bioGivesOneLabelPerCharacter() throws {
        let tagger = try Tagger()
        let bio = tagger.bio("韩俊强调")
        #expect(bio.map { String(Character($0.0)) } == ["韩", "俊", "强", "调"])
        #expect(bio.map(\.1) == ["B-PER", "I-PER", "O", "O"])
        let line = "吴靖平、安立佳参加会议。"
        let labels = tagger.bio(line).map(\.1)
        #expect(labels.count == line.unicodeScalars.count)
        #expect(labels == ["B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O", "O"])
    }

    @Test func aLineWithoutWordsHasNoTags() throws {
        let tagger = try Tagger()
        #expect(tagger.tag("").isEmpty)
        #expect(tagger.tag("，。、").isEmpty)
        #expect(tagger.bio("").isEmpty)
        #expect(tagger.tag("学生可以自选书法、绘画、古筝等传统艺术课程。").allSatisfy { $0.type != "PER" })
    }
}

import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PostSeatRecognizerTests {
    @Test func aMinistryTheTaggerKnowsIsPrintedWithThePost() throws {
        // The suffix grammar does not know a ministry without an administrative prefix.
        #expect(try Fixtures.sentence("人力资源社会保障部副部长郑国栋出席签约仪式。").mentions(of: .title).map(\.text) == ["副部长"])
        let a = try Fixtures.sentence("人力资源社会保障部副部长郑国栋出席签约仪式。", model: true)
        let seat = a.mentions(of: .organization).first { $0.rule == "org.seat" }
        #expect(seat?.text == "人力资源社会保障部")
        #expect(a.mentions(of: .title).map(\.text) == ["人力资源社会保障部副部长"])
        #expect(a.relations.filter { $0.kind == .holdsPost }.map(\.object.name) == ["人力资源社会保障部副部长"])
    }

    @Test func anOutletBeforeACreditWordIsNoSeat() throws {
        let a = try Fixtures.sentence("县融媒体报记者郑国栋报道。", model: true)
        #expect(!a.mentions.contains { $0.rule == "org.seat" })
    }

    @Test func withoutAPostAfterItTheTaggersBodyIsNoSeat() throws {
        let a = try Fixtures.sentence("人力资源社会保障部与县里签约。", model: true)
        #expect(!a.mentions.contains { $0.rule == "org.seat" })
    }
}

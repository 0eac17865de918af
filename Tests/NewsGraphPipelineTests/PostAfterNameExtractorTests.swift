import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PostAfterNameExtractorTests {
    func postsAfter(_ text: String) throws -> [String] {
        try Fixtures.sentence(text).relations.filter { $0.rule == "person.post-after" }.map { "\($0.subject!.name)/\($0.object.name)" }
    }

    @Test func aPostAfterTheNameOfWhoIsAddressedIsHeld() throws {
        #expect(try postsAfter("县统计局局长郑国栋出席发布会。下面，请郑国栋局长介绍情况。") == ["郑国栋/局长"])
    }

    @Test func aRoleAfterANameIsForWhomOneSpeaks() throws {
        #expect(try postsAfter("县长郑国栋代表县政府致辞。").isEmpty)
    }
}

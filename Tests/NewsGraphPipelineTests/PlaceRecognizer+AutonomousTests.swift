import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PlaceRecognizerAutonomousTests {
    func places(_ text: String) throws -> [String] {
        try Fixtures.sentence(text).mentions(of: .place).map(\.text)
    }

    /// An autonomous area is one place with its people and its ending, and the post printed after
    /// it is the area's.
    @Test func anAutonomousAreaIsOnePlace() throws {
        #expect(try places("广西壮族自治区主席郑国栋讲话。") == ["广西壮族自治区"])
        #expect(try places("新疆维吾尔自治区副主席郑国栋讲话。") == ["新疆维吾尔自治区"])
        #expect(try places("延边朝鲜族自治州州长宋雨桐讲话。") == ["延边朝鲜族自治州"])
        #expect(try Fixtures.sentence("西藏自治区主席郑国栋讲话。").mentions(of: .title).map(\.text) == ["西藏自治区主席"])
    }

    /// Before the area's organs the place is the name alone and the organ is the body's.
    @Test func beforeItsOrgansTheAreaIsNoPlaceOfItsOwn() throws {
        #expect(try !places("西藏自治区党委书记郑国栋讲话。").contains("西藏自治区"))
    }
}

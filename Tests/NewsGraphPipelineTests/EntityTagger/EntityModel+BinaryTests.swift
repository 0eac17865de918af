import Foundation
import NewsGraphModel
import Testing
@testable import NewsGraphPipeline

@Suite struct EntityModelBinaryTests {
    @Test func theFileFormReadsBackToTheSameModel() throws {
        let model = try EntityTrainerTests.trainSmall()
        let data = model.data()
        let back = try EntityModel(data: data, features: EntityTrainerTests.features)
        #expect(back.data() == data)
        let text = ScalarText("刘海峰说")
        #expect(back.tag(text).labels == (try model.quantized()).tag(text).labels)
    }

    @Test func aDamagedFileIsRefusedWithItsPlace() throws {
        let data = try EntityTrainerTests.trainSmall().data()
        #expect(throws: NewsGraphError.self) { try EntityModel(data: data.prefix(40), features: EntityTrainerTests.features, file: "x.bin") }
        do {
            _ = try EntityModel(data: Data("not a model at all".utf8), features: EntityTrainerTests.features, file: "x.bin")
            Issue.record("a text file was read as weights")
        } catch let error as NewsGraphError {
            #expect(error.description.hasPrefix("x.bin: unreadable file: entity tagger weights: not a NewsGraph entity tagger"))
        }
    }
}

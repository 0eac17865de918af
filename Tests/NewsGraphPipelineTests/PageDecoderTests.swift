import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PageDecoderTests {
    let decoder = PageDecoder()

    @Test func decodesUTF8WithAndWithoutBOM() throws {
        #expect(try decoder.decode(Data("省委书记".utf8), file: "a.txt").text == "省委书记")
        let bom = try decoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("省长".utf8)), file: "b.txt")
        #expect(bom.text == "省长")
        #expect(bom.encoding == "UTF-8 (BOM)")
    }

    @Test func decodesUTF16WithBOM() throws {
        let text = "吉林日报讯"
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try decoder.decode(Data(little), file: "le.txt").text == text)
        #expect(try decoder.decode(Data(big), file: "be.txt").text == text)
    }

    @Test func decodesGB18030() throws {
        // 中文会议 in GB18030 (GBK range): D6D0 CEC4 BBE1 D2E9.
        let bytes: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0xBB, 0xE1, 0xD2, 0xE9]
        let decoded = try decoder.decode(Data(bytes), file: "gbk.txt")
        #expect(decoded.text == "中文会议")
        #expect(decoded.encoding == "GB18030")
    }

    @Test func refusesBinaryEmptyAndUndecodableInputNamingTheFile() {
        #expect(throws: NewsGraphError.self) { try decoder.decode(Data(), file: "empty.txt") }
        do {
            _ = try decoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), file: "image.png")
            Issue.record("binary input was accepted")
        } catch let error as NewsGraphError {
            #expect(error.kind == .binaryInput)
            #expect(error.description.contains("image.png"))
            #expect(error.byteOffset == 8)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        do {
            _ = try decoder.decode(Data([0x41, 0x42, 0xFF, 0xFF, 0xFF]), file: "bad.txt")
            Issue.record("undecodable input was accepted")
        } catch let error as NewsGraphError {
            #expect(error.kind == .undecodable)
            #expect(error.byteOffset == 2)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func refusesAUTF16PageHoldingANulCharacterAsNul() throws {
        // One NUL among many characters: too few control characters for the binary-file ratio.
        let text = "吉林日报讯\u{0}" + String(repeating: "省长韩俊主持召开省政府常务会议。", count: 10)
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for (bytes, name) in [(little, "le.txt"), (big, "be.txt")] {
            #expect {
                try decoder.decode(Data(bytes), file: name)
            } throws: { error in
                guard let error = error as? NewsGraphError else { return false }
                // The BOM, then five characters of two bytes each.
                return error.kind == .binaryInput && error.file == name && error.byteOffset == 12
                    && error.message == "a NUL character (U+0000): this is not a text page"
            }
        }
    }

    @Test func refusesAUTF8PageWithBOMHoldingANulByte() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("省长".utf8) + [0] + Array("韩俊".utf8)
        #expect {
            try decoder.decode(Data(bytes), file: "bom.txt")
        } throws: { error in
            guard let error = error as? NewsGraphError else { return false }
            return error.kind == .binaryInput && error.byteOffset == 9 && error.message.hasPrefix("a NUL byte")
        }
    }
}

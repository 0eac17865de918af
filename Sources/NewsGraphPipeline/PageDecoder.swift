import Foundation
import NewsGraphModel
#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
///
/// Anything else is refused with an error that names the file and the byte where decoding
/// failed: empty files, binary files (a NUL byte, a NUL character in UTF-16, or control
/// characters), and bytes that are neither UTF-8 nor GB18030.
public struct PageDecoder: Sendable {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: String
    }

    public init() {}

    public func decode(_ data: Data, file: String) throws -> Decoded {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw NewsGraphError(.emptyInput, file: file, "the file is empty") }

        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let nul = bytes.dropFirst(3).firstIndex(of: 0) { throw Self.nulError(file: file, byteOffset: nul) }
            return try checked(utf8(Array(bytes.dropFirst(3)), file: file, base: 3), "UTF-8 (BOM)", file)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = Array(bytes.dropFirst(2))
            guard body.count % 2 == 0 else {
                throw NewsGraphError(.undecodable, file: file, byteOffset: bytes.count - 1, "UTF-16 text with an odd number of bytes")
            }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            for i in stride(from: 0, to: body.count, by: 2) {
                units.append(little ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
            }
            var text = ""
            var iterator = units.makeIterator()
            var codec = UTF16()
            var index = 0
            decoding: while true {
                switch codec.decode(&iterator) {
                case .scalarValue(let u):
                    if u.value == 0 { throw Self.nulError(file: file, byteOffset: 2 + index * 2, "a NUL character (U+0000)") }
                    text.unicodeScalars.append(u)
                    index += u.value > 0xFFFF ? 2 : 1
                case .emptyInput: break decoding
                case .error:
                    throw NewsGraphError(.undecodable, file: file, byteOffset: 2 + index * 2, "invalid UTF-16 sequence")
                }
            }
            return try checked(text, little ? "UTF-16LE" : "UTF-16BE", file)
        }
        if let nul = bytes.firstIndex(of: 0) { throw Self.nulError(file: file, byteOffset: nul) }
        do {
            return try checked(utf8(bytes, file: file, base: 0), "UTF-8", file)
        } catch let utf8Error as NewsGraphError where utf8Error.kind == .undecodable {
            if let text = Self.gb18030(bytes) {
                return try checked(text, "GB18030", file)
            }
            throw NewsGraphError(.undecodable, file: file, byteOffset: utf8Error.byteOffset,
                                 "neither UTF-8 nor GB18030 (the first invalid UTF-8 byte is here)")
        }
    }

    /// The refusal of a page holding NUL (U+0000), in any encoding.
    private static func nulError(file: String, byteOffset: Int, _ what: String = "a NUL byte") -> NewsGraphError {
        NewsGraphError(.binaryInput, file: file, byteOffset: byteOffset, what + ": this is not a text page")
    }

    private func utf8(_ bytes: [UInt8], file: String, base: Int) throws -> String {
        var text = ""
        text.unicodeScalars.reserveCapacity(bytes.count / 2)
        var codec = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let u):
                text.unicodeScalars.append(u)
                offset += String(u).utf8.count
            case .emptyInput:
                return text
            case .error:
                throw NewsGraphError(.undecodable, file: file, byteOffset: base + offset, "invalid UTF-8 sequence")
            }
        }
    }

    /// Refuses decoded text that is mostly control characters (a binary file that happened to decode).
    private func checked(_ text: String, _ encoding: String, _ file: String) throws -> Decoded {
        var control = 0
        var total = 0
        for u in text.unicodeScalars {
            total += 1
            if u.value < 0x20 && u != "\n" && u != "\r" && u != "\t" && u != "\u{0C}" { control += 1 }
        }
        guard total > 0, text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw NewsGraphError(.emptyInput, file: file, "the file holds no text")
        }
        if control * 20 > total {
            throw NewsGraphError(.binaryInput, file: file, "\(control) control characters in \(total): this is not a text page")
        }
        return Decoded(text: text, encoding: encoding)
    }

    /// Decodes GB18030 (a superset of GBK and GB2312) with the C library's iconv.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r != -1 && inLeft == 0
            }
        }
        guard ok else { return nil }
        let end = output.firstIndex(of: 0) ?? output.count
        return String(decoding: output[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

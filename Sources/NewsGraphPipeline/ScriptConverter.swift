import COpenCC
import Foundation
import NewsGraphModel

/// Converts traditional Chinese characters to simplified ones with OpenCC (`t2s.json`).
///
/// Conversion keeps one character for one character, so offsets stay valid: when OpenCC's
/// phrase conversion changes a line's length, that line is converted character by character.
public final class ScriptConverter: @unchecked Sendable {
    public static let shared = ScriptConverter()

    private let handle: opencc_t?
    private let lock = NSLock()

    /// Opens OpenCC's traditional-to-simplified configuration; without OpenCC, text passes unchanged.
    public init(config: String = "t2s.json") {
        let h = opencc_open(config)
        handle = (h == nil || Int(bitPattern: h) == -1) ? nil : h
    }

    deinit {
        if let handle { opencc_close(handle) }
    }

    /// Whether OpenCC was found and opened.
    public var isAvailable: Bool { handle != nil }

    /// `scalars` in simplified characters, with exactly as many scalars as given.
    public func simplified(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard handle != nil, scalars.contains(where: { CharacterClass.isHan($0) }) else { return Array(scalars) }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        let whole = Array(convert(String(s)).unicodeScalars)
        if whole.count == scalars.count { return whole }
        return scalars.map { u in
            guard CharacterClass.isHan(u) else { return u }
            let c = Array(convert(String(Character(u))).unicodeScalars)
            return c.count == 1 ? c[0] : u
        }
    }

    private func convert(_ text: String) -> String {
        guard let handle else { return text }
        lock.lock()
        defer { lock.unlock() }
        let utf8 = Array(text.utf8)
        return utf8.withUnsafeBufferPointer { buf -> String in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                guard let out = opencc_convert_utf8(handle, p, buf.count) else { return text }
                defer { opencc_convert_utf8_free(out) }
                return String(cString: out)
            }
        }
    }
}

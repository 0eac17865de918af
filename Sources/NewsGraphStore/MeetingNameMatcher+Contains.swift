import Foundation

extension MeetingNameMatcher {
    /// Whether `text` contains `part` as Foundation's `contains` finds it, without Foundation when both are plain.
    ///
    /// Foundation compares by canonical equivalence (and finds nothing for an empty `part`). Plain
    /// text (see `isPlain`) has no scalar with a canonical decomposition or a combining class and
    /// no multi-scalar character, so there canonical equivalence is equality of scalars, and a
    /// search of the UTF-8 bytes gives the same answer.
    static func contains(_ text: String, _ part: String) -> Bool {
        guard isPlain(text), isPlain(part) else { return text.contains(part) }
        var text = text, part = part
        return text.withUTF8 { hay in
            part.withUTF8 { needle in
                guard !needle.isEmpty, needle.count <= hay.count else { return false }
                let first = needle[0]
                for start in 0...(hay.count - needle.count) where hay[start] == first {
                    var i = 1
                    while i < needle.count && hay[start + i] == needle[i] { i += 1 }
                    if i == needle.count { return true }
                }
                return false
            }
        }
    }

    /// Whether every scalar of `text` is printable ASCII, a CJK unified ideograph, CJK punctuation
    /// (without the combining tone marks U+302A–U+302F) or a full-width form: scalars that are each
    /// a character of their own and equivalent only to themselves.
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { u in
            switch u.value {
            case 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
            default: false
            }
        }
    }
}

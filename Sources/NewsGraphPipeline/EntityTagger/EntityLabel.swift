/// The labels of the entity tagger: `O` and B/I/E/S for persons, places and organisations.
///
/// Label 0 is `O`; a type `t` (0 person, 1 place, 2 organisation) owns labels `1 + 4t` (B),
/// `2 + 4t` (I), `3 + 4t` (E) and `4 + 4t` (S). Training files in BIO form are read into this
/// scheme (an entity's last character becomes E, a one-character entity S), and tagged spans are
/// read back from it. Example: `韩俊说` is `B-PER E-PER O`.
public enum EntityLabel {
    /// How many labels there are.
    public static let count = 13
    /// The short names of the entity types, as BIO files and `newsgraph tag` print them.
    public static let typeNames = ["PER", "LOC", "ORG"]

    /// The type of a label (nil for `O`).
    public static func type(of label: Int) -> Int? { label == 0 ? nil : (label - 1) / 4 }

    /// The position of a label inside its entity: 0 B, 1 I, 2 E, 3 S.
    public static func position(of label: Int) -> Int { (label - 1) % 4 }

    public static func label(type: Int, position: Int) -> Int { 1 + 4 * type + position }

    /// Whether `next` may follow `previous`; `previous` nil is the sentence start.
    public static func allowed(_ previous: Int?, _ next: Int) -> Bool {
        let open = previous.map { $0 != 0 && position(of: $0) < 2 } ?? false
        if open {
            return next != 0 && type(of: next) == type(of: previous!) && (position(of: next) == 1 || position(of: next) == 2)
        }
        return next == 0 || position(of: next) == 0 || position(of: next) == 3
    }

    /// Reads BIO tags (`B-PER`, `I-LOC`, `O` …) into labels; an I without its B opens an entity.
    public static func labels(fromBIO tags: [Substring]) -> [Int] {
        func parse(_ tag: Substring) -> (Character, Int)? {
            guard tag.count > 2, let t = typeNames.firstIndex(of: String(tag.dropFirst(2))) else { return nil }
            return (tag.first!, t)
        }
        var out = [Int](repeating: 0, count: tags.count)
        for i in tags.indices {
            guard let (mark, t) = parse(tags[i]) else { continue }
            let continues = mark == "I" && i > 0 && parse(tags[i - 1]).map { $0.1 == t } == true
            let goesOn = i + 1 < tags.count && parse(tags[i + 1]).map { $0.0 == "I" && $0.1 == t } == true
            out[i] = label(type: t, position: continues ? (goesOn ? 1 : 2) : (goesOn ? 0 : 3))
        }
        return out
    }

    /// The entities of a label sequence as `(type, start, end)`, end exclusive.
    public static func spans(_ labels: [Int]) -> [(type: Int, start: Int, end: Int)] {
        var out: [(type: Int, start: Int, end: Int)] = []
        var start: Int?
        for (i, l) in labels.enumerated() {
            guard let t = type(of: l) else { start = nil; continue }
            switch position(of: l) {
            case 0: start = i
            case 3: out.append((t, i, i + 1)); start = nil
            case 2: if let s = start { out.append((t, s, i + 1)) }; start = nil
            default: break
            }
        }
        return out
    }
}

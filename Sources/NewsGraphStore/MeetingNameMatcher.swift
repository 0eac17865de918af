import NewsGraphModel

/// Decides whether a meeting's name or one of its aliases answers a user's query.
///
/// A meeting matches when its name, or an alias of at least `minimumAliasLength`
/// characters, contains the query; or when it does so after both are put in a loose form:
/// white space and punctuation dropped, `的`, `第` and `次` dropped, and every run of numerals
/// written in digits (`第十四次` and `第14次` both become `14`). So `常务会议`, `十一次全会`
/// (`省委十一届十一次全会`), `第14次常务会议` and `畜禽粪污` all find their meetings.
/// Shorter aliases are anaphors (`会议`, `会上`, `全会`) that name whatever meeting an
/// article reports, so they never match.
public enum MeetingNameMatcher {
    /// Aliases shorter than this are anaphors and are not matched.
    public static let minimumAliasLength = 4

    /// Characters that meeting names print or leave out at will.
    static let optionalCharacters: Set<Unicode.Scalar> = ["的", "第", "次"]

    /// Whether a meeting called `name`, also printed as `aliases`, answers `query`.
    ///
    /// A blank query matches nothing.
    public static func matches(query: String, name: String, aliases: [String]) -> Bool {
        matcher(for: query)(name, aliases)
    }

    /// `matches(query:name:aliases:)` for one query and many meetings: the query's forms are made once.
    public static func matcher(for query: String) -> (_ name: String, _ aliases: [String]) -> Bool {
        let exact = EntityKey.normalized(query)
        let loose = looseForm(query)
        guard !exact.isEmpty else { return { _, _ in false } }
        // A plain candidate (see `isPlain`) whose loose form holds the query's shows every scalar of it that is
        // not a digit as it is: a candidate without the first such scalar needs no loose form made.
        let probe = isPlain(loose) ? loose.unicodeScalars.first { !("0"..."9").contains($0) } : nil
        let mayMatchLoosely = { (candidate: String) in
            guard let probe, isPlain(candidate) else { return true }
            return candidate.unicodeScalars.contains(probe)
        }
        return { name, aliases in
            // Each candidate normalised once; an alias that repeats the name or an earlier alias is not tried again.
            var candidates = [EntityKey.normalized(name)]
            var tried: [String] = [name]
            for alias in aliases where !tried.contains(where: { $0.unicodeScalars.elementsEqual(alias.unicodeScalars) }) {
                tried.append(alias)
                let normalized = EntityKey.normalized(alias)
                if normalized.unicodeScalars.count >= minimumAliasLength { candidates.append(normalized) }
            }
            return candidates.contains { candidate in
                contains(candidate, exact) || (!loose.isEmpty && mayMatchLoosely(candidate)
                    && contains(looseForm(normalized: candidate), loose))
            }
        }
    }

    /// `text` without white space, punctuation and `的第次`, its numerals written in digits.
    public static func looseForm(_ text: String) -> String {
        looseForm(normalized: EntityKey.normalized(text))
    }

    /// `looseForm(_:)` of a text already put through `EntityKey.normalized`.
    static func looseForm(normalized: String) -> String {
        let scalars = Array(normalized.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if ChineseNumber.isNumeral(u) {
                var e = i
                while e < scalars.count && ChineseNumber.isNumeral(scalars[e]) { e += 1 }
                if let value = ChineseNumber.value(scalars[i..<e]) {
                    out.append(contentsOf: String(value).unicodeScalars)
                } else {
                    out.append(contentsOf: scalars[i..<e])
                }
                i = e
                continue
            }
            if !optionalCharacters.contains(u) && !CharacterClass.isPunctuation(u) && !CharacterClass.isSpace(u) {
                out.append(u)
            }
            i += 1
        }
        return String(out)
    }
}

import NewsGraphModel

/// Computes the key that identifies an entity within its kind.
///
/// Two references with the same kind and key are the same entity in the store. For now the
/// key is the normalised name, and for a meeting with a known date the name plus `@` plus the
/// ISO date (so the 14th executive meeting of two different years stay apart). Entity
/// resolution will refine this; every key is computed here and nowhere else.
public enum EntityKey {
    /// The key of `ref`; `date` is the meeting's date and is ignored for other kinds.
    public static func key(for ref: EntityRef, date: SimpleDate? = nil) -> String {
        let name = normalized(ref.name)
        switch ref.kind {
        case .meeting:
            if let date { return name + "@" + date.iso }
            return name
        case .person, .organization, .policy, .place, .post:
            return name
        }
    }

    /// A name with white space removed and full-width ASCII letters and digits made half-width.
    ///
    /// Newspapers letter-space names (`韩  俊`) and mix full-width digits into meeting names
    /// (`第１４次`); neither changes what is named.
    public static func normalized(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for u in name.unicodeScalars {
            if CharacterClass.isSpace(u) || u == "\n" || u == "\r" { continue }
            if (0xFF01...0xFF5E).contains(u.value), let half = Unicode.Scalar(u.value - 0xFEE0),
               CharacterClass.isDigit(u) || CharacterClass.isLatin(u) {
                out.append(half)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}

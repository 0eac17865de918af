import NewsGraphModel

/// Computes the key that identifies an entity within its kind.
///
/// Two references with the same kind and key are the same entity in the store. For now the
/// key is the normalised name, and for a meeting with a known date the name plus `@` plus the
/// ISO date (so the 14th executive meeting of two different years stay apart). Entity
/// resolution will refine this; every key is computed here and nowhere else.
public enum EntityKey {
    /// The key of `ref`; `date` is the meeting's date and is ignored for other kinds.
    public static func key(for ref: EntityRef, date: SimpleDate? = nil, region: String? = nil) -> String {
        let name = normalized(ref.name)
        switch ref.kind {
        case .meeting:
            // A numbered meeting is one meeting whatever it is called (省委十一届十一次全会 =
            // 中国共产党吉林省第十一届委员会第十一次全体会议), within its province.
            let signature = MeetingNames.signature(name)
            if !signature.numbers.isEmpty, MeetingNames.numberedKinds.contains(signature.kind) {
                var key = (region ?? "") + ":" + signature.kind + ":" + signature.numbers.map(String.init).joined(separator: ".")
                // Executive meetings are numbered within a year.
                if signature.kind == "executive", !signature.numbers.contains(where: { $0 >= 1949 }), let year = date?.year { key += "@\(year)" }
                return key
            }
            if let date { return name + "@" + date.iso }
            return name
        case .organization:
            // 省委 in a 吉林 paper is 吉林省委; 吉林省人社厅 and 省人社厅 are one body.
            if let region, let relative = provinceRelative(name, region: region) { return region + ":" + relative }
            return name
        case .policy:
            // “千亿斤粮食”工程 and “千亿斤粮食”产能建设工程 are one programme under its quoted name.
            if let quoted = quotedCore(name) { return "“" + quoted + "”" }
            return name
        case .person, .place, .post:
            return name
        }
    }

    /// The key a user cites for an entity: its kind, `:`, and its key within the kind
    /// (`person:张三`, `person:张三@吉林`, `meeting:national:congress:13.5`).
    ///
    /// It depends on names and jurisdictions only, never on the order pages were stored in.
    public static func qualified(kind: String, key: String) -> String { kind + ":" + key }

    /// The key a user cites for an article: the first 12 hex digits of its page's content hash,
    /// `-`, and its position on the page (`cf7a147fa542-0`). The same page gives the same keys
    /// wherever it lies and whenever it is stored.
    public static func article(contentHash: String, ordinal: Int) -> String {
        String(contentHash.prefix(12)) + "-" + String(ordinal)
    }

    /// `(kind, key)` of a qualified entity key (`person:张三` → `(person, 张三)`), or nil.
    public static func split(qualified: String) -> (kind: EntityKind, key: String)? {
        guard let colon = qualified.firstIndex(of: ":"), let kind = EntityKind(rawValue: String(qualified[..<colon])) else { return nil }
        let key = String(qualified[qualified.index(after: colon)...])
        return key.isEmpty ? nil : (kind, key)
    }

    /// Whether `text` looks like an article key (`cf7a147fa542-0`).
    public static func isArticleKey(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 12 && parts[0].allSatisfy(\.isHexDigit) && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }

    /// `省委` → `省委`; `吉林省委` → `省委` when the page's province is 吉林; nil for other names.
    static func provinceRelative(_ name: String, region: String) -> String? {
        if name.hasPrefix("省") { return name }
        if name.hasPrefix(region + "省") { return String(name.dropFirst(region.count)) }
        return nil
    }

    /// The quoted part of a programme's name (`“千亿斤粮食”工程` → `千亿斤粮食`), if it has one.
    static func quotedCore(_ name: String) -> String? {
        guard let open = name.firstIndex(of: "“"), let close = name[open...].firstIndex(of: "”"), name.distance(from: open, to: close) > 2 else { return nil }
        return String(name[name.index(after: open)..<close])
    }

    /// A name with white space removed and full-width ASCII letters and digits made half-width.
    ///
    /// Newspapers letter-space names (`韩  俊`) and mix full-width digits into meeting names
    /// (`第１４次`); neither changes what is named.
    public static func normalized(_ name: String) -> String {
        // Most names hold nothing to remove or make half-width: they are returned as they are, not copied
        // scalar by scalar (a meeting query normalises every meeting name and alias of the graph).
        guard name.unicodeScalars.contains(where: changes) else { return name }
        var out = String.UnicodeScalarView()
        for u in name.unicodeScalars {
            if CharacterClass.isSpace(u) || u == "\n" || u == "\r" { continue }
            if let half = halfWidth(u) {
                out.append(half)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// The half-width form of a full-width ASCII digit or letter, else nil.
    private static func halfWidth(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0xFF01...0xFF5E).contains(u.value), let half = Unicode.Scalar(u.value - 0xFEE0),
              CharacterClass.isDigit(u) || CharacterClass.isLatin(u) else { return nil }
        return half
    }

    /// Whether `normalized(_:)` removes or replaces the scalar `u`.
    private static func changes(_ u: Unicode.Scalar) -> Bool {
        CharacterClass.isSpace(u) || u == "\n" || u == "\r" || halfWidth(u) != nil
    }
}

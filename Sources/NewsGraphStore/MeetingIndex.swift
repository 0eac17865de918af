import NewsGraphModel

/// The meetings of one article, found by any of their names.
///
/// Mentions and relations name a meeting by its name or an alias, without its date; the
/// index gives back the `Meeting` so the store can key it with its date. The first meeting
/// that claims a name keeps it.
struct MeetingIndex {
    private var byName: [String: Meeting] = [:]

    init(_ meetings: [Meeting]) {
        for meeting in meetings {
            for name in [meeting.name] + meeting.aliases {
                let key = EntityKey.normalized(name)
                if byName[key] == nil { byName[key] = meeting }
            }
        }
    }

    /// The meeting `ref` names, when `ref` is a meeting reference this article describes.
    func meeting(named ref: EntityRef) -> Meeting? {
        guard ref.kind == .meeting else { return nil }
        return byName[EntityKey.normalized(ref.name)]
    }
}

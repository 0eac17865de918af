import NewsGraphModel
import NewsGraphStore

extension GraphViewBuilder {
    /// The view of the one meeting whose key is `key` (within its kind, without `meeting:`), drawn
    /// as `meeting(matching:date:)` draws each meeting it finds.
    ///
    /// - Throws: `NewsGraphError(.notFound)` when no meeting has that key.
    public func meeting(key: String) throws -> GraphView {
        guard let meeting = try store.meetingAttendance(key: key) else {
            throw NewsGraphError(.notFound, file: store.path, "no meeting has the key “meeting:\(key)”")
        }
        var assembly = GraphViewAssembly()
        try addMeeting(meeting, index: 0, to: &assembly)
        return try finish(assembly, title: "会议：" + meeting.name + (meeting.date.map { " · " + $0 } ?? ""), layoutHint: .ranked)
    }

    /// The timeline of the one policy whose key is `key` (without `policy:`), drawn as
    /// `policy(matching:)` draws each policy it finds.
    ///
    /// - Throws: `NewsGraphError(.notFound)` when no policy has that key.
    public func policy(key: String) throws -> GraphView {
        guard let trace = try store.policyTrace(key: key) else {
            throw NewsGraphError(.notFound, file: store.path, "no policy has the key “policy:\(key)”")
        }
        var assembly = GraphViewAssembly()
        try addTrace(trace, index: 0, to: &assembly)
        return try finish(assembly, title: "政策：\(trace.name) · 时间线", layoutHint: .timeline)
    }
}

import Foundation

/// Exact-span precision, recall and F1 of tagged entities per type, as NER corpora are scored.
///
/// An entity counts when its start, end and type all match a gold entity. Example: gold
/// `B-PER E-PER O` against predicted `S-PER O O` is one miss and one false hit for PER.
public struct EntityScore: Sendable, Codable, Equatable {
    public var gold = [0, 0, 0]
    public var predicted = [0, 0, 0]
    public var matched = [0, 0, 0]

    public init() {}

    /// Adds one sentence's gold and predicted labels.
    public mutating func add(gold: [Int], predicted: [Int]) {
        let g = EntityLabel.spans(gold), p = EntityLabel.spans(predicted)
        for s in g { self.gold[s.type] += 1 }
        for s in p { self.predicted[s.type] += 1 }
        let goldSet = Set(g.map { "\($0.type):\($0.start):\($0.end)" })
        for s in p where goldSet.contains("\(s.type):\(s.start):\(s.end)") { matched[s.type] += 1 }
    }

    public func precision(_ type: Int) -> Double { predicted[type] == 0 ? 0 : Double(matched[type]) / Double(predicted[type]) }
    public func recall(_ type: Int) -> Double { gold[type] == 0 ? 0 : Double(matched[type]) / Double(gold[type]) }
    public func f1(_ type: Int) -> Double {
        let p = precision(type), r = recall(type)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// `PER 0.931 LOC 0.902 ORG 0.850` (F1 by type).
    public var summary: String {
        EntityLabel.typeNames.indices.map { "\(EntityLabel.typeNames[$0]) \(String(format: "%.3f", f1($0)))" }.joined(separator: " ")
    }
}

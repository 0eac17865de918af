/// Values by row id, in an array indexed by the id when the ids are dense enough, else in a dictionary.
///
/// A whole-graph read looks an entity or article up once or twice per relation (hundreds of thousands of
/// times); row ids are mostly consecutive, so an array answers without hashing. Ids far apart (more
/// than four times as many slots as values, beyond a small allowance) keep the dictionary.
///
/// ```swift
/// let kinds = IdTable([3: EntityKind.person])
/// kinds[3]  // .person
/// kinds[4]  // nil
/// ```
struct IdTable<Value> {
    private var slots: [Value?] = []
    private var byId: [Int64: Value]?

    /// The values of `dictionary`, by their ids.
    init(_ dictionary: [Int64: Value]) {
        let top = dictionary.keys.max() ?? -1
        guard dictionary.keys.allSatisfy({ $0 >= 0 }), top < Int64(dictionary.count) * 4 + 4096 else {
            byId = dictionary
            return
        }
        slots = Array(repeating: nil, count: Int(top + 1))
        for (id, value) in dictionary { slots[Int(id)] = value }
    }

    /// The value of `id`, or nil when it has none.
    subscript(id: Int64) -> Value? {
        if let byId { return byId[id] }
        return id >= 0 && id < Int64(slots.count) ? slots[Int(id)] : nil
    }
}

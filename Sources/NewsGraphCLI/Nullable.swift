/// An optional JSON field that is printed as `null` when empty instead of being left out.
///
/// Swift's synthesized `Encodable` skips nil optionals; the query commands promise every key
/// of their JSON objects, so their optional fields wear this wrapper.
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

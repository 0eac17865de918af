import Foundation
import NewsGraphModel

/// The compact file form of an `EntityModel` (`Lexicons/entity-tagger.bin`).
///
/// Little-endian: the magic `NGENT1` and two zero bytes; the label count and features per character
/// (UInt32 each, checked on load); the weight scale (Float32); the transitions (Float32,
/// `(labels + 1) × labels`); the row count (UInt32); then per row, by ascending feature hash, the
/// hash (UInt32), a bit mask of the labels with a weight (UInt16) and those weights as Int16
/// multiples of the scale. Weights that round to zero are left out, so the file holds only what
/// the tagger uses, and the same model always gives the same bytes.
extension EntityModel {
    static let magic: [UInt8] = Array("NGENT1".utf8) + [0, 0]

    /// The model with its weights rounded as the file stores them.
    public func quantized() throws -> EntityModel {
        try EntityModel(data: data(), features: features)
    }

    /// The file form.
    public func data() -> Data {
        let L = EntityLabel.count
        var out = Data(Self.magic)
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func put(_ f: Float) { put(f.bitPattern) }
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        put(UInt32(L)); put(UInt32(EntityFeatures.perCharacter)); put(scale)
        for t in transitions { put(t) }
        var body = Data()
        var count: UInt32 = 0
        for (row, hash) in hashes.enumerated() {
            var mask: UInt16 = 0
            var values: [Int16] = []
            for l in 0..<L {
                let q = (weights[row * L + l] / scale).rounded()
                if q != 0 { mask |= 1 << l; values.append(Int16(max(-32767, min(32767, q)))) }
            }
            guard mask != 0 else { continue }
            count += 1
            withUnsafeBytes(of: hash.littleEndian) { body.append(contentsOf: $0) }
            withUnsafeBytes(of: mask.littleEndian) { body.append(contentsOf: $0) }
            for v in values { withUnsafeBytes(of: v.littleEndian) { body.append(contentsOf: $0) } }
        }
        put(count)
        out.append(body)
        return out
    }

    /// Reads the file form; `file` names the file in errors.
    public init(data: Data, features: EntityFeatures, file: String = "entity-tagger.bin") throws {
        let L = EntityLabel.count
        let bytes = [UInt8](data)
        var at = 0
        func fail(_ why: String) -> NewsGraphError {
            NewsGraphError(.unreadable, file: file, "entity tagger weights: \(why) at byte \(at)")
        }
        func get<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let size = MemoryLayout<T>.size
            guard at + size <= bytes.count else { throw fail("file ends early") }
            var v: T = 0
            for k in 0..<size { v |= T(truncatingIfNeeded: bytes[at + k]) << (8 * k) }
            at += size
            return v
        }
        guard bytes.count >= 8, Array(bytes[0..<8]) == Self.magic else { throw fail("not a NewsGraph entity tagger") }
        at = 8
        guard try get(UInt32.self) == UInt32(L), try get(UInt32.self) == UInt32(EntityFeatures.perCharacter) else {
            throw fail("made for other labels or features")
        }
        let scale = Float(bitPattern: try get(UInt32.self))
        var transitions: [Float] = []
        for _ in 0..<((L + 1) * L) { transitions.append(Float(bitPattern: try get(UInt32.self))) }
        let count = Int(try get(UInt32.self))
        var hashes: [UInt32] = []
        hashes.reserveCapacity(count)
        var weights = [Float](repeating: 0, count: count * L)
        for r in 0..<count {
            let hash = try get(UInt32.self)
            let mask = try get(UInt16.self)
            for l in 0..<L where mask & (1 << l) != 0 {
                weights[r * L + l] = Float(Int16(bitPattern: try get(UInt16.self))) * scale
            }
            guard hashes.last.map({ $0 < hash }) ?? true else { throw fail("feature hashes out of order") }
            hashes.append(hash)
        }
        guard at == bytes.count else { throw fail("trailing bytes") }
        self.init(hashes: hashes, weights: weights, transitions: transitions, features: features)
    }

    /// Loads `entity-tagger.bin` from the lexicon folder.
    public init(lexicon: Lexicon) throws {
        let url = lexicon.directory.appendingPathComponent("entity-tagger.bin")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NewsGraphError(.unreadable, file: url.path, "entity tagger weights missing; train them with `newsgraph train`")
        }
        try self.init(data: data, features: try EntityFeatures(lexicon: lexicon), file: url.path)
    }
}

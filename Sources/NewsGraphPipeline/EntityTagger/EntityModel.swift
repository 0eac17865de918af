import NewsGraphModel

/// A trained entity tagger: feature weights per label, label-to-label transitions, Viterbi decoding.
///
/// Scores are linear: a character's score for a label is the sum of its features' weights for
/// that label, and a sequence adds the transition weight of each pair of labels. Decoding finds
/// the best sequence that the BIOES scheme allows (`EntityLabel.allowed`), and for each character
/// the margin by which its label beats the best sequence giving it another label, which is the
/// tagger's confidence. Weights come from `EntityTrainer` and are stored by `EntityModel+Binary`.
public struct EntityModel: Sendable {
    /// The feature hash of each row of `weights`, ascending.
    let hashes: [UInt32]
    /// Feature hash → row, for fast look-ups while tagging.
    let table: FeatureTable
    /// `rows.count × EntityLabel.count` weights.
    let weights: [Float]
    /// `(EntityLabel.count + 1) × EntityLabel.count`: from each label (the last row is the
    /// sentence start) to each label.
    let transitions: [Float]
    public let features: EntityFeatures

    /// A model whose row `r` holds the weights of the feature `hashes[r]` (ascending).
    init(hashes: [UInt32], weights: [Float], transitions: [Float], features: EntityFeatures) {
        self.hashes = hashes
        var table = FeatureTable(capacity: hashes.count)
        for (row, hash) in hashes.enumerated() { table.insert(hash, row: Int32(row)) }
        self.table = table
        self.weights = weights
        self.transitions = transitions
        self.features = features
    }

    /// How many features carry weights.
    public var featureCount: Int { hashes.count }

    /// One tagged sentence: a label and a margin per character.
    public struct Tagging: Sendable {
        public var labels: [Int]
        public var margins: [Float]

        /// The entities with the least margin over their characters.
        public var entities: [(type: Int, start: Int, end: Int, margin: Float)] {
            EntityLabel.spans(labels).map { s in (s.type, s.start, s.end, margins[s.start..<s.end].min() ?? 0) }
        }
    }

    /// Tags `text`, one label per Unicode scalar.
    public func tag(_ text: ScalarText) -> Tagging {
        let n = text.count
        guard n > 0 else { return Tagging(labels: [], margins: []) }
        let feats = features.extract(text)
        let L = EntityLabel.count
        var emission = [Float](repeating: 0, count: n * L)
        weights.withUnsafeBufferPointer { w in
            emission.withUnsafeMutableBufferPointer { e in
                for i in 0..<n {
                    let out = e.baseAddress! + i * L
                    for j in 0..<EntityFeatures.perCharacter {
                        let r = table.row(feats[i * EntityFeatures.perCharacter + j])
                        guard r >= 0 else { continue }
                        let row = w.baseAddress! + Int(r) * L
                        for l in 0..<L { out[l] += row[l] }
                    }
                }
            }
        }
        return Self.decode(emission: emission, count: n, transitions: transitions)
    }

    static let allowedPairs: [[Bool]] = (0...EntityLabel.count).map { p in
        (0..<EntityLabel.count).map { EntityLabel.allowed(p == EntityLabel.count ? nil : p, $0) }
    }
    static let endAllowed: [Bool] = (0..<EntityLabel.count).map { $0 == 0 || EntityLabel.position(of: $0) >= 2 }

    /// Viterbi forwards and backwards over `emission` (`count × EntityLabel.count`): the best
    /// labels and each character's margin.
    ///
    /// `only`, when given, says for each character and label (`count × EntityLabel.count`) whether
    /// the label may be chosen there: training uses it to complete partly labelled sentences.
    static func decode(emission: [Float], count n: Int, transitions: [Float], withMargins: Bool = true, only: [Bool]? = nil) -> Tagging {
        let L = EntityLabel.count
        let minus = -Float.greatestFiniteMagnitude / 4
        var forward = [Float](repeating: minus, count: n * L)
        var back = [Int](repeating: 0, count: n * L)
        func open(_ i: Int, _ l: Int) -> Bool { only.map { $0[i * L + l] } ?? true }
        for l in 0..<L where allowedPairs[L][l] && open(0, l) { forward[l] = transitions[L * L + l] + emission[l] }
        if n > 1 {
            for i in 1..<n {
                for l in 0..<L where open(i, l) {
                    var best = minus, arg = 0
                    for p in 0..<L where allowedPairs[p][l] && forward[(i - 1) * L + p] > minus {
                        let s = forward[(i - 1) * L + p] + transitions[p * L + l]
                        if s > best { best = s; arg = p }
                    }
                    if best > minus { forward[i * L + l] = best + emission[i * L + l]; back[i * L + l] = arg }
                }
            }
        }
        var labels = [Int](repeating: 0, count: n)
        var last = 0, lastScore = minus
        for l in 0..<L where endAllowed[l] && forward[(n - 1) * L + l] > lastScore { lastScore = forward[(n - 1) * L + l]; last = l }
        labels[n - 1] = last
        if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { labels[i - 1] = back[i * L + labels[i]] } }
        guard withMargins else { return Tagging(labels: labels, margins: []) }
        var backward = [Float](repeating: minus, count: n * L)
        for l in 0..<L where endAllowed[l] { backward[(n - 1) * L + l] = 0 }
        if n > 1 {
            for i in stride(from: n - 2, through: 0, by: -1) {
                for l in 0..<L {
                    var best = minus
                    for q in 0..<L where allowedPairs[l][q] && backward[(i + 1) * L + q] > minus {
                        let s = transitions[l * L + q] + emission[(i + 1) * L + q] + backward[(i + 1) * L + q]
                        if s > best { best = s }
                    }
                    backward[i * L + l] = best
                }
            }
        }
        var margins = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let chosen = forward[i * L + labels[i]] + backward[i * L + labels[i]]
            var other = minus
            for l in 0..<L where l != labels[i] && forward[i * L + l] > minus && backward[i * L + l] > minus {
                other = max(other, forward[i * L + l] + backward[i * L + l])
            }
            margins[i] = other > minus ? chosen - other : .greatestFiniteMagnitude
        }
        return Tagging(labels: labels, margins: margins)
    }
}

import Dispatch
import NewsGraphModel

/// Trains an `EntityModel` from labelled sentences with an averaged structured perceptron.
///
/// Each epoch visits the sentences in a shuffled order (a fixed seed), decodes each with the
/// current weights and, where the best sequence differs from the gold one, adds one to the gold
/// labels' weights and takes one from the predicted ones, for the characters' features and the
/// label pairs. Weights are integers while training, so a run is exact and the same on every
/// machine; the model returned holds their average over all steps, which generalises better than
/// the last weights. Features seen fewer than `minCount` times are left out.
///
/// Example:
/// ```swift
/// let model = EntityTrainer(epochs: 5).train(sentences, features: try EntityFeatures(lexicon: .shared))
/// ```
public struct EntityTrainer: Sendable {
    /// A training sentence: its text and a label per Unicode scalar.
    ///
    /// A label of -1 is unknown: the character may take any label but a person's, and training
    /// completes the sentence with the best labels the current weights allow (a corpus whose
    /// names are trusted but whose places and organisations follow other conventions).
    public struct Sentence: Sendable {
        public var text: ScalarText
        public var labels: [Int]
        public init(text: ScalarText, labels: [Int]) { self.text = text; self.labels = labels }
    }

    public var epochs: Int
    public var minCount: Int
    public var seed: UInt64

    public init(epochs: Int = 6, minCount: Int = 2, seed: UInt64 = 20_261_201) {
        self.epochs = epochs
        self.minCount = minCount
        self.seed = seed
    }

    /// Trains on `sentences`; `afterEpoch` sees each epoch's averaged model.
    public func train(_ sentences: [Sentence], features: EntityFeatures,
                      afterEpoch: ((Int, EntityModel, Int) -> Void)? = nil) -> EntityModel {
        let L = EntityLabel.count
        let F = EntityFeatures.perCharacter
        // Features of every sentence, on both cores.
        var hashes = [[UInt32]](repeating: [], count: sentences.count)
        hashes.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let buffer = out
            DispatchQueue.concurrentPerform(iterations: 16) { chunk in
                var i = chunk
                while i < sentences.count {
                    buffer[i] = features.extract(sentences[i].text)
                    i += 16
                }
            }
        }
        var counts: [UInt32: Int32] = [:]
        for h in hashes { for v in h { counts[v, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= Int32(minCount) }.keys.sorted()
        var table = FeatureTable(capacity: kept.count)
        for (r, h) in kept.enumerated() { table.insert(h, row: Int32(r)) }
        counts = [:]
        let indexed: [[Int32]] = hashes.map { $0.map { table.row($0) } }
        hashes = []

        var w = [Int32](repeating: 0, count: kept.count * L)
        var u = [Int64](repeating: 0, count: kept.count * L)
        var tw = [Int32](repeating: 0, count: (L + 1) * L)
        var tu = [Int64](repeating: 0, count: (L + 1) * L)
        var step: Int64 = 1
        var order = Array(sentences.indices)
        var rng = SplitMix64(seed: seed)
        var model = EntityModel(hashes: kept, weights: [], transitions: [], features: features)
        for epoch in 1...max(1, epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            var mistakes = 0
            for s in order {
                var gold = sentences[s].labels
                let feats = indexed[s]
                let n = gold.count
                guard n > 0 else { continue }
                var emission = [Float](repeating: 0, count: n * L)
                for i in 0..<n {
                    for j in 0..<F {
                        let r = Int(feats[i * F + j])
                        guard r >= 0 else { continue }
                        for l in 0..<L { emission[i * L + l] += Float(w[r * L + l]) }
                    }
                }
                let transitions = tw.map(Float.init)
                if gold.contains(-1) {
                    var only = [Bool](repeating: false, count: n * L)
                    for i in 0..<n {
                        for l in 0..<L { only[i * L + l] = gold[i] >= 0 ? l == gold[i] : EntityLabel.type(of: l) != 0 }
                    }
                    gold = EntityModel.decode(emission: emission, count: n, transitions: transitions, withMargins: false, only: only).labels
                }
                let predicted = EntityModel.decode(emission: emission, count: n, transitions: transitions, withMargins: false).labels
                if predicted != gold {
                    mistakes += 1
                    for i in 0..<n {
                        let g = gold[i], p = predicted[i]
                        if g != p {
                            for j in 0..<F {
                                let r = Int(feats[i * F + j])
                                guard r >= 0 else { continue }
                                w[r * L + g] += 1; u[r * L + g] += step
                                w[r * L + p] -= 1; u[r * L + p] -= step
                            }
                        }
                        let gp = i == 0 ? L : gold[i - 1], pp = i == 0 ? L : predicted[i - 1]
                        if gp != pp || g != p {
                            tw[gp * L + g] += 1; tu[gp * L + g] += step
                            tw[pp * L + p] -= 1; tu[pp * L + p] -= step
                        }
                    }
                }
                step += 1
            }
            let scale = Double(step)
            let averaged = zip(w, u).map { Float(Double($0) - Double($1) / scale) }
            let averagedTransitions = zip(tw, tu).map { Float(Double($0) - Double($1) / scale) }
            model = EntityModel(hashes: kept, weights: averaged, transitions: averagedTransitions, features: features)
            afterEpoch?(epoch, model, mistakes)
        }
        return model
    }
}

/// A small deterministic random number generator (SplitMix64) for shuffling.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

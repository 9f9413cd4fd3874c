/// PageRank — NetworkX's `pagerank` (its SciPy implementation), step for step.
///
/// With `A` the adjacency matrix divided row-wise by out-weight, `p` the personalisation
/// (uniform by default, otherwise normalised to sum 1) and `D` the dangling nodes (no
/// out-weight), each step computes
/// `x ← α(xA + (Σ_{d∈D} x_d) p) + (1 − α) p` from `x₀ = 1/n`, stopping when
/// `‖x − x_prev‖₁ < n · tolerance`; the iterate is returned without renormalising. Dangling
/// nodes spread their mass by `p`. An undirected graph counts each edge both ways. The step
/// pulls over the incoming CSR: `(xA)_v = Σ_{u→v} x_u w_uv / out_u`.
///
/// Defaults as NetworkX: `alpha` 0.85, `maxIterations` 100, `tolerance` 1e-6; a weighted
/// graph uses its weights (NetworkX's `weight="weight"`). ``StoppingRule/networKit`` swaps in
/// NetworKit's rule (`‖x − x_prev‖₁ ≤ tolerance`, at most `maxIterations` steps, no error),
/// for comparing the two libraries on the same amount of work.
///
/// Reference: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking:
/// bringing order to the Web", Stanford InfoLab technical report 1999-66 (1999).
public enum PageRank {
    /// When the power iteration stops.
    public enum StoppingRule: Sendable {
        /// NetworkX's: once `‖x − x_prev‖₁ < n · tolerance`; not converging within
        /// `maxIterations` steps is an error.
        case networkX
        /// NetworKit's `PageRank` with `norm = L1_NORM`: once `‖x − x_prev‖₁ ≤ tolerance` or
        /// after `maxIterations` steps, whichever comes first; the last iterate is returned.
        case networKit
    }

    /// The PageRank of every node.
    ///
    /// - Parameters:
    ///   - graph: the simple graph; an undirected one counts each edge both ways.
    ///   - alpha: the damping factor.
    ///   - personalization: one non-negative value per node (any scale), or nil for uniform.
    ///   - maxIterations: the most power-iteration steps.
    ///   - tolerance: the per-node L1 change below which the iteration stops (NetworkX's rule).
    ///   - stoppingRule: NetworkX's (default) or NetworKit's.
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)`` (NetworkX's rule only);
    ///   ``CentralityError/invalidPersonalization(_:)`` for a vector of the wrong length, with a
    ///   negative entry, or summing to 0.
    /// - Complexity: O(maxIterations · (n + m)) time, O(n) space.
    public static func scores(_ graph: AnalysisGraph, alpha: Double = 0.85, personalization: [Double]? = nil,
                              maxIterations: Int = 100, tolerance: Double = 1e-6,
                              stoppingRule: StoppingRule = .networkX) throws(CentralityError) -> Scores {
        let n = graph.nodeCount
        guard n > 0 else { return Scores([]) }
        var p = [Double](repeating: 1 / Double(n), count: n)
        if let personalization {
            guard personalization.count == n else {
                throw .invalidPersonalization("expected \(n) values, got \(personalization.count)")
            }
            guard personalization.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw .invalidPersonalization("values must be finite and non-negative")
            }
            let total = personalization.reduce(0, +)
            guard total > 0 else { throw .invalidPersonalization("values sum to 0") }
            p = personalization.map { $0 / total }
        }
        let weighted = graph.isWeighted
        // Out-weight of every node, and its reciprocal (0 for dangling nodes).
        var inverseOut = [Double](repeating: 0, count: n)
        var dangling: [Int32] = []
        let out = graph.outgoing
        for u in 0..<n {
            var total = 0.0
            for slot in out.slots(of: u) { total += weighted ? out.weight(at: slot) : 1 }
            if total != 0 { inverseOut[u] = 1 / total } else { dangling.append(Int32(u)) }
        }
        let incoming = graph.incoming
        var x = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for u in 0..<n { share[u] = x[u] * inverseOut[u] }
            var danglingMass = 0.0
            for d in dangling { danglingMass += x[Int(d)] }
            var change = 0.0
            incoming.offsets.withUnsafeBufferPointer { offsets in
            incoming.targets.withUnsafeBufferPointer { targets in
            incoming.edges.withUnsafeBufferPointer { edgeIDs in
            incoming.weights.withUnsafeBufferPointer { weights in
                for v in 0..<n {
                    var sum = 0.0
                    if weighted {
                        for slot in Int(offsets[v])..<Int(offsets[v + 1]) { sum += share[Int(targets[slot])] * weights[Int(edgeIDs[slot])] }
                    } else {
                        for slot in Int(offsets[v])..<Int(offsets[v + 1]) { sum += share[Int(targets[slot])] }
                    }
                    let value = alpha * (sum + danglingMass * p[v]) + (1 - alpha) * p[v]
                    next[v] = value
                    change += abs(value - x[v])
                }
            }}}}
            swap(&x, &next)
            switch stoppingRule {
            case .networkX: if change < Double(n) * tolerance { return Scores(x) }
            case .networKit: if change <= tolerance { return Scores(x) }
            }
        }
        if stoppingRule == .networKit { return Scores(x) }
        throw .didNotConverge(measure: "PageRank", iterations: maxIterations)
    }
}

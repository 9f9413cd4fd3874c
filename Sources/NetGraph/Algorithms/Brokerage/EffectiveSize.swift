/// Burt's effective size — NetworkX's `effective_size(G, weight=…)`.
///
/// `E(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p_uw m_vw)`, where `p_uw` is u's share of mutual
/// tie weight to w and `m_vw` is v's mutual weight to w divided by v's largest (see
/// `MutualWeights`): the number of contacts less their redundancy. On an undirected,
/// unweighted graph NetworkX uses Borgatti's equal simplification `n − 2t/n` (n contacts, t
/// ties among them, self-loops of the contacts included), and so does this. NaN for a node
/// without successors, as NetworkX, and for a node whose only contact is itself (NetworkX
/// divides by zero there).
///
/// Weights are tie strengths and must be ≥ 0: a negative one throws
/// ``CentralityError/negativeWeight(source:target:weight:)`` (NetworkX does not check).
///
/// Complexity: O(Σ_u d(u)² log d) time, O(n + m) space.
///
/// References: R. S. Burt, *Structural Holes*, Harvard University Press, 1992;
/// S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures",
/// *Connections* 20(1), 1997, 35–38.
public enum EffectiveSize {
    public static func scores(_ graph: AnalysisGraph) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let ego = MutualWeights(graph)
        if !graph.isDirected && !graph.isWeighted { return Scores(borgatti(graph)) }
        return Scores((0..<graph.nodeCount).map { u in
            guard ego.hasSuccessor[u] else { return .nan }
            var total = 0.0
            for slot in ego.slots(of: u) {
                let v = Int(ego.contacts[slot])
                var redundancy = 0.0
                for other in ego.slots(of: u) {
                    let w = ego.contacts[other]
                    redundancy += ego.proportion(from: u, to: w) * ego.relativeStrength(from: v, to: w)
                }
                total += 1 - redundancy
            }
            return total
        })
    }

    /// `n − 2t/n` over the ego network without its centre.
    private static func borgatti(_ graph: AnalysisGraph) -> [Double] {
        let csr = graph.outgoing
        var mark = [Int](repeating: -1, count: graph.nodeCount)
        return (0..<graph.nodeCount).map { u in
            guard csr.degree(of: u) > 0 else { return .nan }
            var alters = 0
            for v in csr.neighbors(of: u) where Int(v) != u { mark[Int(v)] = u; alters += 1 }
            guard alters > 0 else { return .nan }
            var ties = 0
            for v in csr.neighbors(of: u) where Int(v) != u {
                // Each tie among alters is seen from both ends; a self-loop once.
                for w in csr.neighbors(of: Int(v)) where mark[Int(w)] == u {
                    ties += w == v ? 2 : 1
                }
            }
            let n = Double(alters)
            return n - Double(ties) / n
        }
    }
}

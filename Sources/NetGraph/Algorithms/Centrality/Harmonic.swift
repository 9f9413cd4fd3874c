/// Harmonic centrality — NetworkX's `harmonic_centrality(G, distance=…)`.
///
/// `H(u) = Σ_{v ≠ u} 1 / d(v, u)`, with 1/∞ = 0; not normalised (as NetworkX). On a
/// directed graph the distances run from v to u (incoming). A weighted graph uses its
/// weights as distances (Dijkstra, weights ≥ 0); a zero distance between distinct nodes
/// adds nothing, as in NetworkX. Terms are added source by source in node order, the order
/// NetworkX adds them.
///
/// References: M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285 (2000)
/// 539–546, doi:10.1016/S0378-4371(00)00311-3; P. Boldi, S. Vigna, "Axioms for
/// centrality", Internet Mathematics 10 (2014) 222–262, doi:10.1080/15427951.2013.865686.
public enum Harmonic {
    /// The harmonic centrality of every node.
    ///
    /// - Throws: ``CentralityError/negativeWeight(source:target:weight:)``.
    /// - Complexity: O(nm) time unweighted, O(n(m + n) log n) weighted; O(n) space.
    public static func scores(_ graph: AnalysisGraph) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let n = graph.nodeCount
        var sweep = DistanceSweep(graph.outgoing)
        var result = [Double](repeating: 0, count: n)
        for v in 0..<n {
            sweep.run(from: v)
            for i in 1..<max(1, sweep.reached) {
                let u = Int(sweep.order[i])
                let d = sweep.distance[u]
                if d != 0 { result[u] += 1 / d }
            }
        }
        return Scores(result)
    }
}

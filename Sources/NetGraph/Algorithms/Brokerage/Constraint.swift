/// Burt's constraint — NetworkX's `constraint(G, weight=…)`.
///
/// `C(u) = Σ_{v ∈ N(u)} (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²`, where `N(u)` are u's contacts
/// (successors and predecessors) and `p_uv` is the share of u's mutual tie weight that goes
/// to v (see `MutualWeights`). Low constraint marks a node whose contacts are not tied to
/// each other: a broker across structural holes. NaN for a node without successors (an
/// isolated node; on a directed graph also a node with only incoming ties), as NetworkX.
///
/// Weights are tie strengths and must be ≥ 0: a negative one throws
/// ``CentralityError/negativeWeight(source:target:weight:)`` (NetworkX does not check).
///
/// Complexity: O(Σ_w d(w)²) time (each node's row is read once for each of its contacts),
/// O(n + m) space.
///
/// Reference: R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard
/// University Press, 1992, ch. 2.
public enum Constraint {
    public static func scores(_ graph: AnalysisGraph) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let ego = MutualWeights(graph)
        var scratch = [Double](repeating: 0, count: graph.nodeCount)
        return Scores((0..<graph.nodeCount).map { u in
            guard ego.hasSuccessor[u] else { return .nan }
            var total = 0.0
            for local in ego.localConstraints(of: u, scratch: &scratch) { total += local }
            return total
        })
    }
}

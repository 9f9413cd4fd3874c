/// Burt's efficiency: effective size divided by the number of contacts, as NetworkX's
/// `effective_size` documentation defines it (`effective_size[n] / G.degree(n)` on a simple
/// undirected graph). The contacts are the distinct other nodes u is tied to either way, so
/// on a directed graph a reciprocated tie counts once. NaN where effective size is.
///
/// Weights are tie strengths and must be ≥ 0: a negative one throws
/// ``CentralityError/negativeWeight(source:target:weight:)`` (NetworkX does not check).
///
/// Complexity: that of ``EffectiveSize``.
///
/// Reference: R. S. Burt, *Structural Holes*, Harvard University Press, 1992.
public enum Efficiency {
    public static func scores(_ graph: AnalysisGraph) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let size = try EffectiveSize.scores(graph)
        let ego = MutualWeights(graph)
        return Scores((0..<graph.nodeCount).map { u in
            let alters = ego.slots(of: u).filter { Int(ego.contacts[$0]) != u }.count
            return alters == 0 ? .nan : size[u] / Double(alters)
        })
    }
}

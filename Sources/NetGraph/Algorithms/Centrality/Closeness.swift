/// Closeness centrality with Wasserman and Faust's correction for disconnected graphs —
/// NetworkX's `closeness_centrality(G, distance=…, wf_improved=True)`.
///
/// `C(u) = ((r − 1) / Σ_v d(v, u)) · ((r − 1) / (n − 1))`, where r counts the nodes that
/// reach u (u included) and the sum runs over them. 0 when nothing else reaches u, and for
/// a graph of one node. On a directed graph distances are **incoming** (d(v, u), from v to
/// u), as NetworkX computes it on the reversed graph. A weighted graph uses its weights as
/// distances (Dijkstra, weights ≥ 0).
///
/// References: A. Bavelas, "Communication patterns in task-oriented groups", J. Acoust.
/// Soc. Am. 22 (1950) 725–730, doi:10.1121/1.1906679; S. Wasserman, K. Faust, *Social
/// Network Analysis: Methods and Applications*, Cambridge University Press, 1994,
/// doi:10.1017/CBO9780511815478.
public enum Closeness {
    /// The closeness of every node.
    ///
    /// - Parameters:
    ///   - graph: the simple graph, weighted to use weights as distances.
    ///   - wfImproved: apply the (r − 1)/(n − 1) factor (default true, as NetworkX).
    /// - Throws: ``CentralityError/negativeWeight(source:target:weight:)``.
    /// - Complexity: O(nm) time unweighted, O(n(m + n) log n) weighted; O(n) space.
    public static func scores(_ graph: AnalysisGraph, wfImproved: Bool = true) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let n = graph.nodeCount
        var sweep = DistanceSweep(graph.incoming)
        var result = [Double](repeating: 0, count: n)
        for u in 0..<n {
            sweep.run(from: u)
            var total = 0.0
            for i in 0..<sweep.reached { total += sweep.distance[Int(sweep.order[i])] }
            let others = Double(sweep.reached - 1)
            guard total > 0 && n > 1 else { continue }
            var value = others / total
            if wfImproved { value *= others / Double(n - 1) }
            result[u] = value
        }
        return Scores(result)
    }
}

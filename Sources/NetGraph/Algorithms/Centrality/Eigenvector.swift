/// Eigenvector centrality by power iteration — NetworkX's `eigenvector_centrality`, step
/// for step.
///
/// The principal eigenvector of Aᵀ (left eigenvector of A: on a directed graph a node
/// scores through its **in**-edges), found by iterating on Aᵀ + I — which has the same
/// eigenvectors and converges on bipartite graphs — from `x₀ = 1/n`:
/// `x ← (x + Aᵀx) / ‖x + Aᵀx‖₂`, stopping when `‖x − x_prev‖₁ < n · tolerance`. The result
/// is that iterate (unit L2 norm). A weighted graph multiplies by its edge weights.
///
/// Defaults as NetworkX: `maxIterations` 100, `tolerance` 1e-6. Nodes outside the dominant
/// component keep tiny non-zero values, exactly as the same iteration gives in NetworkX.
///
/// References: P. Bonacich, "Factoring and weighting approaches to status scores and clique
/// identification", Journal of Mathematical Sociology 2 (1972) 113–120,
/// doi:10.1080/0022250X.1972.9989806; P. Bonacich, "Power and centrality: a family of
/// measures", American Journal of Sociology 92(5) (1987) 1170–1182, doi:10.1086/228631.
public enum Eigenvector {
    /// The eigenvector centrality of every node.
    ///
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)`` when the tolerance is
    ///   not met within `maxIterations` (NetworkX's `PowerIterationFailedConvergence`).
    /// - Complexity: O(maxIterations · (n + m)) time, O(n) space.
    public static func scores(_ graph: AnalysisGraph, maxIterations: Int = 100,
                              tolerance: Double = 1e-6) throws(CentralityError) -> Scores {
        let n = graph.nodeCount
        guard n > 0 else { return Scores([]) }
        let csr = graph.incoming
        let weighted = graph.isWeighted
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                for slot in csr.slots(of: v) {
                    let u = Int(csr.targets[slot])
                    sum += weighted ? x[u] * csr.weight(at: slot) : x[u]
                }
                next[v] = sum
            }
            var norm = PowerIteration.euclideanNorm(next)
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return Scores(x) }
        }
        throw .didNotConverge(measure: "eigenvector", iterations: maxIterations)
    }
}

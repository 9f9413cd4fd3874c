/// Katz centrality by power iteration — NetworkX's `katz_centrality`, step for step.
///
/// `x ← α Aᵀx + β` from `x₀ = 0` (a node gains from its in-neighbours on a directed graph),
/// stopping when `‖x − x_prev‖₁ < n · tolerance`; with `normalized` the result is divided
/// by its L2 norm. The series converges only when `α < 1/λ_max`; otherwise the iteration
/// runs out and this throws, as NetworkX raises `PowerIterationFailedConvergence`. A
/// weighted graph multiplies by its edge weights.
///
/// Defaults as NetworkX: `alpha` 0.1, `beta` 1, `normalized` true, `maxIterations` 1000,
/// `tolerance` 1e-6.
///
/// Reference: L. Katz, "A new status index derived from sociometric analysis",
/// Psychometrika 18(1) (1953) 39–43, doi:10.1007/BF02289026.
public enum Katz {
    /// The Katz centrality of every node.
    ///
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)``.
    /// - Complexity: O(maxIterations · (n + m)) time, O(n) space.
    public static func scores(_ graph: AnalysisGraph, alpha: Double = 0.1, beta: Double = 1,
                              normalized: Bool = true, maxIterations: Int = 1000,
                              tolerance: Double = 1e-6) throws(CentralityError) -> Scores {
        let n = graph.nodeCount
        guard n > 0 else { return Scores([]) }
        let csr = graph.incoming
        let weighted = graph.isWeighted
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for slot in csr.slots(of: v) {
                    let u = Int(csr.targets[slot])
                    sum += weighted ? x[u] * csr.weight(at: slot) : x[u]
                }
                let value = alpha * sum + beta
                next[v] = value
                change += abs(value - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                if normalized {
                    let norm = PowerIteration.euclideanNorm(x)
                    let scale = norm == 0 ? 1 : 1 / norm
                    for v in 0..<n { x[v] *= scale }
                }
                return Scores(x)
            }
        }
        throw .didNotConverge(measure: "Katz", iterations: maxIterations)
    }
}

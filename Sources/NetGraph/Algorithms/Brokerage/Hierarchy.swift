import Foundation

/// Burt's hierarchy: how far u's constraint is concentrated on a single contact.
///
/// `H(u) = Σ_{v ∈ N(u)} (c_uv / (C/N)) ln(c_uv / (C/N)) / (N ln N)`, where `c_uv` is the
/// local constraint (see ``Constraint``), `C = Σ c_uv` and `N` the number of contacts
/// (terms with `c_uv = 0` add 0). 0 when constraint is spread evenly, towards 1 when one
/// contact holds it all. NaN where constraint is, and for fewer than two contacts (N ln N = 0).
///
/// Weights are tie strengths and must be ≥ 0: a negative one throws
/// ``CentralityError/negativeWeight(source:target:weight:)`` (NetworkX does not check).
///
/// Complexity: that of ``Constraint``.
///
/// Reference: R. S. Burt, *Structural Holes*, Harvard University Press, 1992, p. 71.
public enum Hierarchy {
    public static func scores(_ graph: AnalysisGraph) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let ego = MutualWeights(graph)
        var scratch = [Double](repeating: 0, count: graph.nodeCount)
        return Scores((0..<graph.nodeCount).map { u in
            guard ego.hasSuccessor[u] else { return .nan }
            let local = ego.localConstraints(of: u, scratch: &scratch)
            let count = Double(local.count)
            let total = local.reduce(0, +)
            guard local.count > 1, total > 0 else { return .nan }
            let mean = total / count
            var sum = 0.0
            for c in local where c > 0 { sum += (c / mean) * Foundation.log(c / mean) }
            return sum / (count * Foundation.log(count))
        })
    }
}

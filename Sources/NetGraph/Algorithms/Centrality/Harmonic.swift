import Foundation

/// Harmonic centrality — NetworkX's `harmonic_centrality(G, distance=…)`.
///
/// `H(u) = Σ_{v ≠ u} 1 / d(v, u)`, with 1/∞ = 0; not normalised (as NetworkX). On a
/// directed graph the distances run from v to u (incoming). A weighted graph uses its
/// weights as distances (Dijkstra, weights ≥ 0); a zero distance between distinct nodes
/// adds nothing, as in NetworkX. Each node's terms come from one search towards it (the
/// incoming direction) and are added in order of v's index — the order NetworkX adds them,
/// source by source — so the sums equal NetworkX's bit for bit, and sources are split over
/// threads without changing a bit.
///
/// References: M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285 (2000)
/// 539–546, doi:10.1016/S0378-4371(00)00311-3; P. Boldi, S. Vigna, "Axioms for
/// centrality", Internet Mathematics 10 (2014) 222–262, doi:10.1080/15427951.2013.865686.
public enum Harmonic {
    /// The harmonic centrality of every node.
    ///
    /// - Parameters:
    ///   - graph: the simple graph, weighted to use weights as distances.
    ///   - threads: worker threads; 1 runs serially. Default: the active processor count.
    /// - Throws: ``CentralityError/negativeWeight(source:target:weight:)``.
    /// - Complexity: O(nm) time unweighted, O(n(m + n) log n) weighted (plus sorting the
    ///   reached nodes of sources that reach only part of the graph); O(t·n) space for t threads.
    public static func scores(_ graph: AnalysisGraph,
                              threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let n = graph.nodeCount
        let csr = graph.incoming
        let reverse = graph.outgoing
        let values = SourceChunks.valuePerNode(total: n, threads: threads,
                                               makeState: { (ShortestPathSweep(csr, reverse: reverse), [Int32]()) }) { state, u in
            state.0.run(from: u)
            let sweep = state.0
            var total = 0.0
            if sweep.reached == n {
                for v in 0..<n { total += reciprocal(sweep.length(to: v)) }
            } else {
                // Only part of the graph reaches u: add its terms in index order too.
                state.1.removeAll(keepingCapacity: true)
                state.1.append(contentsOf: sweep.order[0..<sweep.reached])
                state.1.sort()
                for v in state.1 { total += reciprocal(sweep.length(to: Int(v))) }
            }
            return total
        }
        return Scores(values)
    }

    /// 1/d, with nothing for the node itself or a zero-length path (NetworkX skips d == 0).
    @inline(__always) private static func reciprocal(_ d: Double) -> Double {
        d == 0 || d == .infinity ? 0 : 1 / d
    }
}

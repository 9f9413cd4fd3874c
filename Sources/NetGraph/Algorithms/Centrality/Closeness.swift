import Foundation

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
    /// Each node's value comes from its own search over the incoming direction, so sources
    /// are split over `threads` threads (as ``Betweenness``) and any thread count gives the
    /// serial result bit for bit. Distances are summed in the order nodes are settled, the
    /// order of NetworkX's dictionaries (exact integers when unweighted).
    ///
    /// - Parameters:
    ///   - graph: the simple graph, weighted to use weights as distances.
    ///   - wfImproved: apply the (r − 1)/(n − 1) factor (default true, as NetworkX).
    ///   - threads: worker threads; 1 runs serially. Default: the active processor count.
    /// - Throws: ``CentralityError/negativeWeight(source:target:weight:)``.
    /// - Complexity: O(nm) time unweighted, O(n(m + n) log n) weighted; O(t·n) space for t
    ///   threads.
    public static func scores(_ graph: AnalysisGraph, wfImproved: Bool = true,
                              threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let n = graph.nodeCount
        let csr = graph.incoming
        let reverse = graph.outgoing
        let values = SourceChunks.valuePerNode(total: n, threads: threads, makeState: { ShortestPathSweep(csr, reverse: reverse) }) { sweep, u in
            sweep.run(from: u)
            let total = sweep.isWeighted ? weightedSum(sweep) : Double(hopSum(sweep))
            let others = Double(sweep.reached - 1)
            guard total > 0 && n > 1 else { return 0 }
            let value = others / total
            return wfImproved ? value * (others / Double(n - 1)) : value
        }
        return Scores(values)
    }

    private static func hopSum(_ sweep: ShortestPathSweep) -> Int {
        sweep.order.withUnsafeBufferPointer { order in
            sweep.hops.withUnsafeBufferPointer { hops in
                var total = 0
                for i in 0..<sweep.reached { total += Int(hops[Int(order[i])]) }
                return total
            }
        }
    }

    private static func weightedSum(_ sweep: ShortestPathSweep) -> Double {
        var total = 0.0
        for i in 0..<sweep.reached { total += sweep.distance[Int(sweep.order[i])] }
        return total
    }
}

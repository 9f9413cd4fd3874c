/// Newman–Girvan modularity of a partition — NetworkX's `community.modularity`.
///
/// Undirected: `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`, where m is the total edge weight,
/// L_c the weight of the edges inside community c (a self-loop once) and d_c the sum of its
/// nodes' degrees (a self-loop twice). Directed: `Q = Σ_c [ L_c / m − γ d_c^out d_c^in / m² ]`.
/// Edges weigh 1 on an unweighted graph. `resolution` γ defaults to 1, as NetworkX.
/// A graph without edges has no defined modularity; this returns NaN for it.
///
/// References: M. E. J. Newman, M. Girvan, "Finding and evaluating community structure in
/// networks", Phys. Rev. E 69 (2004) 026113, doi:10.1103/PhysRevE.69.026113; for the
/// directed form E. A. Leicht, M. E. J. Newman, Phys. Rev. Lett. 100 (2008) 118703,
/// doi:10.1103/PhysRevLett.100.118703; for γ J. Reichardt, S. Bornholdt, Phys. Rev. E 74
/// (2006) 016110, doi:10.1103/PhysRevE.74.016110.
public enum Modularity {
    /// The modularity of `partition` on `graph`.
    ///
    /// - Precondition: `partition.nodeCount == graph.nodeCount`.
    /// - Complexity: O(n + m) time, O(n) space.
    public static func of(_ partition: Partition, in graph: AnalysisGraph, resolution: Double = 1) -> Double {
        precondition(partition.nodeCount == graph.nodeCount, "partition of another graph")
        let communities = partition.count
        var inside = [Double](repeating: 0, count: communities)
        var outDegree = [Double](repeating: 0, count: communities)
        var inDegree = [Double](repeating: 0, count: communities)
        var total = 0.0
        let membership = partition.communityOfNode
        // Read once in edge order: indexing the endpoint views costs a binary search each.
        let sources = Array(graph.edgeSources), targets = Array(graph.edgeTargets)
        for e in 0..<graph.edgeCount {
            let w = graph.isWeighted ? graph.edgeWeights[e] : 1
            let cu = Int(membership[Int(sources[e])])
            let cv = Int(membership[Int(targets[e])])
            total += w
            if cu == cv { inside[cu] += w }
            outDegree[cu] += w
            inDegree[cv] += w
        }
        guard total > 0 else { return .nan }
        var q = 0.0
        if graph.isDirected {
            let norm = 1 / (total * total)
            for c in 0..<communities { q += inside[c] / total - resolution * outDegree[c] * inDegree[c] * norm }
        } else {
            // Each undirected edge adds its weight to both endpoints' degrees.
            let degreeSum = 2 * total
            let norm = 1 / (degreeSum * degreeSum)
            for c in 0..<communities {
                let d = outDegree[c] + inDegree[c]
                q += inside[c] / total - resolution * d * d * norm
            }
        }
        return q
    }
}

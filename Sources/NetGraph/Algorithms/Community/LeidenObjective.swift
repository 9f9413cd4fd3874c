/// The quality function ``Leiden`` optimises.
public enum LeidenObjective: String, Hashable, Sendable, CaseIterable {
    /// Newman–Girvan modularity with resolution γ, NetworkX's ``Modularity`` (directed:
    /// Leicht–Newman). igraph's `community_leiden(objective_function="modularity")` and
    /// leidenalg's `RBConfigurationVertexPartition` optimise the same function.
    case modularity
    /// The Constant Potts Model, `H = Σ_c [ e_c − γ n_c(n_c − 1)/2 ]` (directed:
    /// `e_c − γ n_c(n_c − 1)`), with `e_c` the weight of the edges inside community c and
    /// `n_c` its number of nodes — leidenalg's `CPMVertexPartition` with unit node sizes, and
    /// igraph's `objective_function="CPM"` up to a constant. γ is a density: communities are
    /// groups denser inside than γ, whatever the size of the graph, so CPM has no
    /// resolution limit (V. A. Traag, P. Van Dooren, Y. Nesterov, "Narrow scope for
    /// resolution-limit-free community detection", Phys. Rev. E 84 (2011) 016114,
    /// doi:10.1103/PhysRevE.84.016114).
    case cpm

    /// The value of the objective for `partition` on `graph` with resolution `resolution`:
    /// the modularity (NetworkX's definition), or the CPM quality `H` above.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    public func quality(of partition: Partition, in graph: AnalysisGraph, resolution: Double) -> Double {
        switch self {
        case .modularity:
            return Modularity.of(partition, in: graph, resolution: resolution)
        case .cpm:
            let membership = partition.communityOfNode
            let sources = Array(graph.edgeSources), targets = Array(graph.edgeTargets)
            var inside = 0.0
            for e in 0..<graph.edgeCount where membership[Int(sources[e])] == membership[Int(targets[e])] {
                inside += graph.isWeighted ? graph.edgeWeights[e] : 1
            }
            var pairs = 0.0
            for members in partition.communities {
                let size = Double(members.count)
                pairs += graph.isDirected ? size * (size - 1) : size * (size - 1) / 2
            }
            return inside - resolution * pairs
        }
    }
}

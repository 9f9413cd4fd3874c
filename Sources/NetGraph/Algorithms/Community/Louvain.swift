/// Louvain community detection — the method of NetworkX's `louvain_communities`, with a
/// seeded generator of our own (so the same seed gives the same partition here, though not
/// the partition NetworkX's Python `random.Random` gives).
///
/// Each level visits the nodes in a random order (shuffled once per level) and moves each
/// to the neighbouring community with the largest strictly positive modularity gain
///
/// - undirected: `ΔQ = k_{u,C}/m − γ Σ_tot(C) k_u / (2m²)` (less the cost of leaving its own
///   community, computed the same way),
/// - directed: `ΔQ = k_{u,C}/m − γ (k_u^out Σ_in(C) + k_u^in Σ_out(C)) / m²`,
///
/// sweeping again over the nodes a neighbour of which moved until none is left (NetworkX
/// sweeps over all the nodes until a sweep moves none; see
/// `CommunityLevel.moveNodes(order:totalWeight:resolution:)` for why and what it changes).
/// The communities then become the nodes of the next level (intra-community weight as
/// self-loops). It stops when a level raises modularity by no more than `threshold` (default
/// 1e-7, as NetworkX) and returns the last level's partition. A weighted graph uses its
/// weights; `resolution` γ defaults to 1. A graph without edges, or whose weights sum to
/// zero (where NetworkX divides by zero), gives singletons.
///
/// ```swift
/// var rng = SplitMix64(seed: 1)
/// let partition = Louvain.communities(graph, using: &rng)
/// print(partition.count, Modularity.of(partition, in: graph))
/// ```
///
/// Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. (2008) P10008,
/// doi:10.1088/1742-5468/2008/10/P10008; directed gains: N. Dugué, A. Perez, "Directed
/// Louvain", hal-01231784 (2015); pruned sweeps: N. Ozaki, H. Tezuka, M. Inaba, "A simple
/// acceleration method for the Louvain algorithm", Int. J. Comput. Electr. Eng. 8 (2016) 207,
/// doi:10.17706/ijcee.2016.8.3.207-218.
public enum Louvain {
    /// The communities Louvain finds.
    ///
    /// - Complexity: O(n + m) for the first sweep of a level, then O(n + Σ degrees of the
    ///   nodes visited) per sweep; typically tens of sweeps per level and O(log n) levels;
    ///   O(n + m) space.
    public static func communities(_ graph: AnalysisGraph, resolution: Double = 1, threshold: Double = 1e-7,
                                   using rng: inout some RandomNumberGenerator) -> Partition {
        let n = graph.nodeCount
        var membership = (0..<Int32(n)).map { $0 }
        let m = graph.isWeighted ? graph.edgeWeights.reduce(0, +) : Double(graph.edgeCount)
        guard graph.edgeCount > 0, m != 0, m.isFinite else { return Partition(denseLabels: membership) }
        var level = CommunityLevel(graph)
        var modularity = level.modularity(totalWeight: m, resolution: resolution)
        while true {
            let moves = level.moveNodes(order: shuffledOrder(level.nodeCount, using: &rng), totalWeight: m,
                                        resolution: resolution)
            // No move: the partition is the previous level's, which NetworkX returns too.
            guard moves.moved else { break }
            for v in 0..<n { membership[v] = moves.community[Int(membership[v])] }
            let next = level.aggregated(by: moves.community, communityCount: moves.count)
            let nextModularity = next.modularity(totalWeight: m, resolution: resolution)
            if nextModularity - modularity <= threshold { break }
            modularity = nextModularity
            level = next
        }
        return Partition(denseLabels: membership)
    }

    /// `0..<n` in a Fisher–Yates order drawn from `rng`: the order
    /// `swapAt(i, Int.random(in: 0...i, using: &rng))` gives, for i from n − 1 down to 1.
    static func shuffledOrder(_ n: Int, using rng: inout some RandomNumberGenerator) -> [Int32] {
        var order = (0..<Int32(n)).map { $0 }
        if n > 1 {
            order.withUnsafeMutableBufferPointer { order in
                for i in stride(from: n - 1, to: 0, by: -1) {
                    order.swapAt(i, Int(uniformDraw(below: UInt64(i + 1), using: &rng)))
                }
            }
        }
        return order
    }

    /// A number in `0..<bound` drawn as the standard library's `Int.random(in:using:)` draws it
    /// (Lemire's nearly divisionless method, one `next()` per try), on `UInt64` throughout.
    ///
    /// Called from another module with a generator type this one does not know, the
    /// standard library's generic integer code runs unspecialised: about 200 ns a draw, 20 ms
    /// of the 0.14 s Louvain took on the 300×300 grid. Here only `next()` is a witness call.
    static func uniformDraw(below bound: UInt64, using rng: inout some RandomNumberGenerator) -> UInt64 {
        var product = rng.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = rng.next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }
}

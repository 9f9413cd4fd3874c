/// Borgatti's KPP-Neg: the set of k nodes whose removal fragments the network most.
///
/// Fragmentation of G − S: `F = 1 − Σ_c s_c(s_c − 1) / (n(n − 1))`, where s_c are the sizes
/// of the connected components left and n = |V| − |S| the nodes left (F = 1 when fewer than
/// two remain: nothing is connected). F is 0 for a connected remainder and 1 when every
/// remaining node is isolated. Direction and weights are ignored (the undirected view).
///
/// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12 (2006) 21–34,
/// doi:10.1007/s10588-006-7084-x.
public enum Fragmentation {
    /// The fragmentation left when `members` are removed.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    public static func score(removing members: [Int], in graph: AnalysisGraph) -> Double {
        let view = graph.undirected()
        var labeling = ComponentLabeling(view)
        let pairs = connectedPairs(labeling.run(removing: members))
        return value(pairs: pairs, remaining: view.nodeCount - Set(members).count)
    }

    /// The k nodes whose removal leaves the highest fragmentation.
    ///
    /// - Parameters:
    ///   - graph: the simple graph; direction and weights are ignored.
    ///   - k: the size of the set.
    ///   - search: ``KeyPlayerSearch/automatic`` (default: exhaustive while C(n, k) ≤
    ///     100,000, else greedy with swaps), ``KeyPlayerSearch/greedySwap`` or
    ///     ``KeyPlayerSearch/exhaustive``. Greedy with swaps can miss the optimum: on the
    ///     NetworkX fixtures it does for fragmentation on karate (k = 3), multi_component (k = 2) and davis (k = 2, 3).
    ///   - candidates: the nodes that may be chosen (every node when nil); the others stay
    ///     in the graph.
    /// - Precondition: `0 <= k <=` the number of candidates.
    /// - Complexity: greedy-swap O((k + s)·k·n·(n + m)) for s improving swaps; exhaustive
    ///   O(C(n, k)·(n + m)). O(n + m) space.
    public static func keyPlayers(_ graph: AnalysisGraph, k: Int, search: KeyPlayerSearch = .automatic,
                                  candidates: [Int]? = nil) -> KeyPlayerSet {
        let view = graph.undirected()
        var labeling = ComponentLabeling(view)
        // Fewer connected pairs is higher fragmentation; n − k is fixed.
        let members = KeyPlayerOptimizer.best(nodeCount: view.nodeCount, k: k, search: search,
                                              candidates: candidates.map { Array(Set($0)).sorted() }) { set in
            -connectedPairs(labeling.run(removing: set))
        }
        let pairs = connectedPairs(labeling.run(removing: members))
        return KeyPlayerSet(members: members, score: value(pairs: pairs, remaining: view.nodeCount - k))
    }

    /// Σ s_c(s_c − 1) over components of sizes s_c: the ordered pairs of distinct nodes still
    /// connected.
    private static func connectedPairs(_ sizes: [Int]) -> Int {
        sizes.reduce(0) { $0 + $1 * ($1 - 1) }
    }

    private static func value(pairs: Int, remaining n: Int) -> Double {
        guard n >= 2 else { return 1 }
        return 1 - Double(pairs) / (Double(n) * Double(n - 1))
    }
}

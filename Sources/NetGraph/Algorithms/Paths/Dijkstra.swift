/// Dijkstra's algorithm: shortest paths by total edge weight, for weights ≥ 0.
public enum Dijkstra {
    /// The least total weight from `source` to every node, following edge direction on a
    /// directed graph — NetworkX's `single_source_dijkstra_path_length(G, source, weight=…)`.
    /// An unweighted graph counts every edge 1.
    ///
    /// - Returns: one entry per node, `.infinity` where `source` does not reach it.
    /// - Throws: ``PathSearchError/invalidWeight(edge:from:to:weight:)`` when any edge weighs
    ///   less than zero or is NaN (checked before the search, over the whole graph).
    /// - Complexity: O((n + m) log n) time with a binary heap (`DistanceHeap`, decrease-key
    ///   in place), O(n) space besides the graph.
    /// - Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs",
    ///   *Numerische Mathematik* 1 (1959) 269–271, doi:10.1007/BF01386390.
    public static func distances(from source: Int, in graph: AnalysisGraph) throws(PathSearchError) -> [Double] {
        try PathSearchError.validate(graph)
        var sweep = ShortestPathSweep(graph.outgoing)
        sweep.run(from: source)
        return sweep.isWeighted ? sweep.distance : sweep.hops.map { $0 < 0 ? .infinity : Double($0) }
    }

    /// A path of least total weight from `source` to `target` honouring `constraints`.
    /// Ties go to the path settled first (lowest node index among equal distances), so the
    /// result is deterministic. With a hop limit the search becomes a hop-bounded
    /// Bellman–Ford (the cheapest path of at most H steps), O(H·(n + m)).
    ///
    /// - Returns: the path, or nil when `target` cannot be reached.
    /// - Throws: ``PathSearchError/invalidWeight(edge:from:to:weight:)`` for a negative or NaN weight.
    /// - Complexity: O((n + m) log n) time, O(n + m) space.
    public static func shortestPath(from source: Int, to target: Int, in graph: AnalysisGraph,
                                    constraints: PathConstraints = .none) throws(PathSearchError) -> Path? {
        try PathSearchError.validate(graph)
        if source == target { return Path(nodes: [source], edges: [], cost: 0) }
        var search = ShortestPathSearch(graph: graph, weighted: true, constraints: constraints)
        return search.run(from: source, to: target)
    }
}

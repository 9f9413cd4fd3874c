/// Every shortest path between two nodes, enumerated from the shortest-path DAG.
public struct AllShortestPaths: Sendable {
    /// The paths, in lexicographic order of their node indices; at most the requested limit.
    public let paths: [Path]
    /// How many shortest paths there are in all (a floating-point count, since it can exceed
    /// any integer type on dense graphs), or nil when the search could not count them without
    /// enumerating (weighted with a hop limit) and stopped at the limit.
    public let totalCount: Double?
    /// Whether there are more shortest paths than ``paths`` holds.
    public let isCapped: Bool

    /// All paths from `source` to `target` whose cost equals the least cost — NetworkX's
    /// `all_shortest_paths(G, s, t, weight=…)`, which the count matches, with `limit` to keep
    /// the answer small on graphs where the count explodes.
    ///
    /// A breadth-first (unweighted) or Dijkstra (weighted) search from `source` gives each
    /// node's distance and settling order; edge `v → w` is in the shortest-path DAG when
    /// `d(v) + w(v, w) = d(w)` and `v` settled before `w` (the rule NetworkX's predecessor
    /// lists follow, which keeps zero-weight ties acyclic). Path counts are summed backwards
    /// from the target in reverse settling order, and the paths are listed by a depth-first
    /// walk of the DAG in neighbour order, stopping at `limit`. With a weight and a hop limit
    /// the least-cost paths of at most H steps are taken from Yen's algorithm instead.
    ///
    /// - Parameters:
    ///   - source: the node index the paths start from.
    ///   - target: the node index they end at.
    ///   - graph: the simple graph.
    ///   - weighted: use edge weights (when the graph has them); otherwise count hops.
    ///   - constraints: nodes to avoid, nodes allowed as intermediates, a step limit.
    ///   - limit: the most paths to list (≥ 1).
    /// - Throws: ``PathSearchError/invalidWeight(edge:from:to:weight:)`` for a negative or NaN weight.
    /// - Complexity: O(m + n log n) for the search and count, plus O(limit · n) to list paths.
    ///   ``ShortestPathListing`` gives the same paths one at a time, in O(n) memory beside
    ///   the graph, for a caller that writes them out as they come.
    public init(from source: Int, to target: Int, in graph: AnalysisGraph, weighted: Bool = true,
                constraints: PathConstraints = .none, limit: Int = 100) throws(PathSearchError) {
        let listing = try ShortestPathListing(from: source, to: target, in: graph, weighted: weighted,
                                              constraints: constraints, limit: limit)
        self.init(paths: Array(listing), totalCount: listing.totalCount, isCapped: listing.isCapped)
    }

    private init(paths: [Path], totalCount: Double?, isCapped: Bool) {
        self.paths = paths
        self.totalCount = totalCount
        self.isCapped = isCapped
    }
}

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
    public init(from source: Int, to target: Int, in graph: AnalysisGraph, weighted: Bool = true,
                constraints: PathConstraints = .none, limit: Int = 100) throws(PathSearchError) {
        precondition(limit >= 1, "limit must be at least 1")
        let useWeights = weighted && graph.isWeighted
        if useWeights { try PathSearchError.validate(graph) }
        if source == target {
            self.init(paths: [Path(nodes: [source], edges: [], cost: 0)], totalCount: 1, isCapped: false)
            return
        }
        if useWeights && constraints.maxHops != nil {
            let ranked = try KShortestPaths.paths(from: source, to: target, k: limit + 1, in: graph,
                                                  weighted: true, constraints: constraints)
            let best = ranked.prefix { $0.cost == ranked.first?.cost }.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
            let capped = best.count > limit
            self.init(paths: Array(best.prefix(limit)), totalCount: capped ? nil : Double(best.count), isCapped: capped)
            return
        }
        var search = ShortestPathSearch(graph: graph, weighted: useWeights, constraints: constraints)
        guard search.run(from: source, to: target) != nil else {
            self.init(paths: [], totalCount: 0, isCapped: false)
            return
        }
        let n = graph.nodeCount
        let csr = graph.outgoing
        let distance = search.distance
        let passable = search.passable
        var rank = [Int32](repeating: -1, count: n)
        for (position, v) in search.settled.enumerated() { rank[Int(v)] = Int32(position) }
        func isDAGEdge(_ v: Int, _ slot: Int) -> Bool {
            let w = Int(csr.targets[slot])
            guard rank[w] > rank[v], w == target || passable[w] else { return false }
            return distance[v] + (useWeights ? csr.weight(at: slot) : 1) == distance[w]
        }
        // Number of DAG paths from each node to the target, in reverse settling order.
        var count = [Double](repeating: 0, count: n)
        count[target] = 1
        for v32 in search.settled.reversed() {
            let v = Int(v32)
            guard v != target, v == source || passable[v] else { continue }
            var total = 0.0
            for slot in csr.slots(of: v) where isDAGEdge(v, slot) { total += count[Int(csr.targets[slot])] }
            count[v] = total
        }
        // Depth-first listing in neighbour order.
        var paths: [Path] = []
        var nodes = [source]
        var edges: [Int] = []
        var cursor = [csr.slots(of: source).lowerBound]
        var capped = false
        while let top = cursor.last {
            let v = nodes[nodes.count - 1]
            if v == target {
                if paths.count == limit { capped = true; break }
                paths.append(Path(nodes: nodes, edges: edges, cost: distance[target]))
                nodes.removeLast(); edges.removeLast(); cursor.removeLast()
                continue
            }
            var slot = top
            let end = csr.slots(of: v).upperBound
            while slot < end && !(count[Int(csr.targets[slot])] > 0 && isDAGEdge(v, slot)) { slot += 1 }
            if slot == end {
                nodes.removeLast(); cursor.removeLast()
                if !edges.isEmpty { edges.removeLast() }
                continue
            }
            cursor[cursor.count - 1] = slot + 1
            let w = Int(csr.targets[slot])
            nodes.append(w)
            edges.append(Int(csr.edges[slot]))
            cursor.append(csr.slots(of: w).lowerBound)
        }
        self.init(paths: paths, totalCount: count[source], isCapped: capped || Double(paths.count) < count[source])
    }

    private init(paths: [Path], totalCount: Double?, isCapped: Bool) {
        self.paths = paths
        self.totalCount = totalCount
        self.isCapped = isCapped
    }
}

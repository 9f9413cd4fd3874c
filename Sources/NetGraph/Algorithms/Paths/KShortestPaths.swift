import HeapModule

/// The k shortest simple paths between two nodes, by Yen's algorithm.
public enum KShortestPaths {
    /// Up to `k` simple paths from `source` to `target` in order of non-decreasing cost (total
    /// weight, or hops when unweighted) — the first `k` paths NetworkX's
    /// `shortest_simple_paths(G, s, t, weight=…)` yields, up to the order of equal-cost paths.
    ///
    /// Each new path is the cheapest "spur" deviation of an accepted one: for every prefix
    /// (root) of the last accepted path, the root's nodes are removed, and so are the next
    /// edges of every accepted path that shares the root; the cheapest path from the root's
    /// last node to the target in what is left, joined to the root, is a candidate. Equal-cost
    /// candidates are ordered by hops, then by node sequence, so the output is deterministic.
    /// Constraints (avoided nodes, transit kinds, a hop limit) apply to every spur search; with
    /// a hop limit the spur search is the hop-bounded one, so the paths stay in cost order.
    ///
    /// - Parameters:
    ///   - source: the node index the paths start from.
    ///   - target: the node index they end at.
    ///   - k: how many paths at most (≥ 1).
    ///   - graph: the simple graph.
    ///   - weighted: use edge weights (when the graph has them); otherwise count hops.
    ///   - constraints: nodes to avoid, nodes allowed as intermediates, a step limit.
    /// - Returns: at most `k` distinct simple paths; fewer when the graph has fewer.
    /// - Throws: ``PathSearchError/invalidWeight(edge:from:to:weight:)`` for a negative or NaN
    ///   weight in a weighted search.
    /// - Complexity: O(k·n·(m + n log n)) time: k accepted paths, up to n spur searches each;
    ///   O(n + m + k·n) space besides the candidates.
    /// - Reference: J. Y. Yen, "Finding the K shortest loopless paths in a network",
    ///   *Management Science* 17(11) (1971) 712–716, doi:10.1287/mnsc.17.11.712.
    public static func paths(from source: Int, to target: Int, k: Int, in graph: AnalysisGraph,
                             weighted: Bool = true, constraints: PathConstraints = .none) throws(PathSearchError) -> [Path] {
        precondition(k >= 1, "k must be at least 1")
        let useWeights = weighted && graph.isWeighted
        if useWeights { try PathSearchError.validate(graph) }
        if source == target { return [Path(nodes: [source], edges: [], cost: 0)] }
        var search = ShortestPathSearch(graph: graph, weighted: useWeights, constraints: constraints)
        guard let first = search.run(from: source, to: target) else { return [] }
        var accepted = [first]
        var candidates = Heap<Path>()
        var seen: Set<[Int]> = [first.nodes]
        while accepted.count < k {
            let last = accepted[accepted.count - 1]
            for i in 0..<last.hops {
                let spur = last.nodes[i]
                search.clearBlocks()
                for node in last.nodes[0..<i] { search.block(node: node) }
                for path in accepted where path.hops > i && path.nodes[0...i] == last.nodes[0...i] {
                    search.block(edge: path.edges[i])
                }
                let remaining = constraints.maxHops.map { $0 - i }
                if let remaining, remaining < 1 { continue }
                guard let tail = search.run(from: spur, to: target, hopLimit: remaining) else { continue }
                let nodes = Array(last.nodes[0..<i]) + tail.nodes
                guard seen.insert(nodes).inserted else { continue }
                let edges = Array(last.edges[0..<i]) + tail.edges
                var cost = 0.0
                for e in edges { cost += search.weight(of: e) }
                candidates.insert(Path(nodes: nodes, edges: edges, cost: cost))
            }
            guard let next = candidates.popMin() else { break }
            accepted.append(next)
        }
        return accepted
    }
}

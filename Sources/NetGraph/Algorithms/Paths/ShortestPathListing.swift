/// Every shortest path between two nodes, produced one at a time: the paths
/// ``AllShortestPaths`` lists, in the same order, without holding them.
///
/// The search and the path count run when the listing is made, so ``totalCount``,
/// ``isCapped`` and ``count`` are known before the first path; iterating then walks the
/// shortest-path DAG depth first and yields each path as it reaches the target, keeping only
/// the current path and one cursor per step. A million paths through twenty-one diamonds in a
/// row take the memory of one path, where a list of them (with its output) ran to gigabytes.
/// With a weight and a hop limit the paths come from Yen's algorithm, which holds them
/// (at most `limit` + 1).
///
/// - Complexity: O(m + n log n) to make; O(n) per path yielded (the DAG walk backtracks
///   only over nodes with paths left to the target); O(n) memory beside the graph.
public struct ShortestPathListing: Sequence, IteratorProtocol {
    /// How many shortest paths there are in all, or nil when it could not be counted without
    /// enumerating (weighted with a hop limit) and the listing stopped at the limit.
    public let totalCount: Double?
    /// Whether there are more shortest paths than the listing yields.
    public let isCapped: Bool
    /// How many paths the listing yields: the total, or the limit when capped.
    public let count: Int

    private enum Source {
        case listed([Path])
        case dag(DAGWalk)
    }

    private var source: Source
    private var yielded = 0

    /// The shortest paths from `source` to `target`, at most `limit`, with the meaning and
    /// order of ``AllShortestPaths/init(from:to:in:weighted:constraints:limit:)``.
    ///
    /// - Throws: ``PathSearchError/invalidWeight(edge:from:to:weight:)`` for a negative or NaN weight.
    public init(from source: Int, to target: Int, in graph: AnalysisGraph, weighted: Bool = true,
                constraints: PathConstraints = .none, limit: Int = 100) throws(PathSearchError) {
        precondition(limit >= 1, "limit must be at least 1")
        let useWeights = weighted && graph.isWeighted
        if useWeights { try PathSearchError.validate(graph) }
        if source == target {
            self.init(listed: [Path(nodes: [source], edges: [], cost: 0)], totalCount: 1, isCapped: false)
            return
        }
        if useWeights && constraints.maxHops != nil {
            let ranked = try KShortestPaths.paths(from: source, to: target, k: limit + 1, in: graph,
                                                  weighted: true, constraints: constraints)
            let best = ranked.prefix { $0.cost == ranked.first?.cost }.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
            let capped = best.count > limit
            self.init(listed: Array(best.prefix(limit)), totalCount: capped ? nil : Double(best.count), isCapped: capped)
            return
        }
        var search = ShortestPathSearch(graph: graph, weighted: useWeights, constraints: constraints)
        guard search.run(from: source, to: target) != nil else {
            self.init(listed: [], totalCount: 0, isCapped: false)
            return
        }
        let walk = DAGWalk(search: search, graph: graph, source: source, target: target, weighted: useWeights)
        let total = walk.pathsToTarget[source]
        let capped = total > Double(limit)
        self.init(source: .dag(walk), totalCount: total, isCapped: capped, count: capped ? limit : Int(total))
    }

    private init(listed: [Path], totalCount: Double?, isCapped: Bool) {
        self.init(source: .listed(listed), totalCount: totalCount, isCapped: isCapped, count: listed.count)
    }

    private init(source: Source, totalCount: Double?, isCapped: Bool, count: Int) {
        self.source = source
        self.totalCount = totalCount
        self.isCapped = isCapped
        self.count = count
    }

    public mutating func next() -> Path? {
        guard yielded < count else { return nil }
        let path: Path?
        switch source {
        case let .listed(paths):
            path = paths[yielded]
        case var .dag(walk):
            // Moved out and back so the walk's arrays are not copied on each step.
            source = .listed([])
            path = walk.next()
            source = .dag(walk)
        }
        if path != nil { yielded += 1 }
        return path
    }

    /// The depth-first walk of the shortest-path DAG in neighbour order.
    private struct DAGWalk {
        let csr: CSR
        let distance: [Double]
        let passable: [Bool]
        let rank: [Int32]
        let weighted: Bool
        let target: Int
        /// Number of DAG paths from each node to the target.
        var pathsToTarget: [Double]
        var nodes: [Int]
        var edges: [Int] = []
        var cursor: [Int]

        init(search: ShortestPathSearch, graph: AnalysisGraph, source: Int, target: Int, weighted: Bool) {
            csr = graph.outgoing
            distance = search.distance
            passable = search.passable
            self.weighted = weighted
            self.target = target
            var rank = [Int32](repeating: -1, count: graph.nodeCount)
            for (position, v) in search.settled.enumerated() { rank[Int(v)] = Int32(position) }
            self.rank = rank
            pathsToTarget = [Double](repeating: 0, count: graph.nodeCount)
            pathsToTarget[target] = 1
            nodes = [source]
            cursor = [csr.slots(of: source).lowerBound]
            // Counts summed backwards from the target in reverse settling order.
            for v32 in search.settled.reversed() {
                let v = Int(v32)
                guard v != target, v == source || passable[v] else { continue }
                var total = 0.0
                for slot in csr.slots(of: v) where isDAGEdge(v, slot) { total += pathsToTarget[Int(csr.targets[slot])] }
                pathsToTarget[v] = total
            }
        }

        /// Edge `v → w` is in the DAG when `w` settled after `v`, may be passed through (or is
        /// the target), and `d(v) + w(v, w) = d(w)`.
        func isDAGEdge(_ v: Int, _ slot: Int) -> Bool {
            let w = Int(csr.targets[slot])
            guard rank[w] > rank[v], w == target || passable[w] else { return false }
            return distance[v] + (weighted ? csr.weight(at: slot) : 1) == distance[w]
        }

        mutating func next() -> Path? {
            while let top = cursor.last {
                let v = nodes[nodes.count - 1]
                if v == target {
                    let path = Path(nodes: nodes, edges: edges, cost: distance[target])
                    nodes.removeLast(); edges.removeLast(); cursor.removeLast()
                    return path
                }
                var slot = top
                let end = csr.slots(of: v).upperBound
                while slot < end && !(pathsToTarget[Int(csr.targets[slot])] > 0 && isDAGEdge(v, slot)) { slot += 1 }
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
            return nil
        }
    }
}

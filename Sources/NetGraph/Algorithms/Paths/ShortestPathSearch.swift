/// The single-pair search every path query is built on: breadth-first when unweighted,
/// Dijkstra when weighted, hop-bounded Bellman–Ford when weighted with a hop limit. It keeps
/// its buffers between calls (Yen's algorithm runs it once per spur node) and marks blocked
/// nodes and edges with generation stamps, so nothing is cleared between runs.
///
/// Conventions shared by all three: the target is never expanded (a simple path ends there),
/// a node other than the source is expanded only when ``PathConstraints`` lets it be an
/// intermediate node, rows are visited in neighbour order and a node's parent changes only on
/// a strict improvement — so ties go to the earliest-settled, lowest-index predecessor.
struct ShortestPathSearch {
    let graph: AnalysisGraph
    let weighted: Bool
    /// May a node be an intermediate node (transit kinds, not avoided)?
    let passable: [Bool]
    let maxHops: Int?

    /// Distance of each node from the last source; `.infinity` when unreached.
    private(set) var distance: [Double]
    /// Hops of the path found to each node.
    private(set) var hops: [Int32]
    private(set) var parent: [Int32]
    private(set) var parentEdge: [Int32]
    /// Settled nodes of the last run in the order they were settled.
    private(set) var settled: [Int32] = []
    private var nodeStamp: [UInt32]
    private var edgeStamp: [UInt32]
    private var generation: UInt32 = 1
    /// Dijkstra's "settled in this run" marks.
    private var settledStamp: [UInt32]
    private var runGeneration: UInt32 = 0
    private var queue: [Int32]
    private var heap: DistanceHeap

    init(graph: AnalysisGraph, weighted: Bool, constraints: PathConstraints) {
        self.graph = graph
        self.weighted = weighted && graph.isWeighted
        self.passable = constraints.passable(nodeCount: graph.nodeCount)
        self.maxHops = constraints.maxHops
        let n = graph.nodeCount
        distance = [Double](repeating: .infinity, count: n)
        hops = [Int32](repeating: -1, count: n)
        parent = [Int32](repeating: -1, count: n)
        parentEdge = [Int32](repeating: -1, count: n)
        nodeStamp = [UInt32](repeating: 0, count: n)
        edgeStamp = [UInt32](repeating: 0, count: graph.edgeCount)
        settledStamp = [UInt32](repeating: 0, count: n)
        queue = [Int32](repeating: 0, count: n)
        heap = DistanceHeap(capacity: self.weighted ? n : 0)
    }

    /// Starts a new set of blocked nodes and edges (forgetting the previous one).
    mutating func clearBlocks() { generation &+= 1 }
    mutating func block(node: Int) { nodeStamp[node] = generation }
    mutating func block(edge: Int) { edgeStamp[edge] = generation }

    /// The weight of edge `e` in this search (1 when unweighted).
    @inline(__always) func weight(of e: Int) -> Double { weighted ? graph.edgeWeights[e] : 1 }

    /// Searches from `source` towards `target` with at most `hopLimit` steps (nil: the
    /// constraints' limit). With `target` nil, settles everything reachable.
    /// - Returns: the path found to `target`, or nil.
    mutating func run(from source: Int, to target: Int?, hopLimit: Int? = nil) -> Path? {
        let limit = hopLimit ?? maxHops
        for v in settled {
            distance[Int(v)] = .infinity
            hops[Int(v)] = -1
            parent[Int(v)] = -1
            parentEdge[Int(v)] = -1
        }
        settled.removeAll(keepingCapacity: true)
        if weighted && limit != nil {
            return boundedBellmanFord(from: source, to: target, limit: limit!)
        }
        if weighted { dijkstra(from: source, to: target, limit: limit) } else { breadthFirst(from: source, to: target, limit: limit) }
        guard let target, distance[target].isFinite else { return nil }
        return Path.traced(to: target, parent: parent, parentEdge: parentEdge, cost: distance[target])
    }

    @inline(__always) private func expands(_ v: Int, source: Int, target: Int?) -> Bool {
        v == source || (v != target && passable[v])
    }

    @inline(__always) private func enterable(_ w: Int, target: Int?) -> Bool {
        nodeStamp[w] != generation && (w == target || passable[w])
    }

    private mutating func breadthFirst(from source: Int, to target: Int?, limit: Int?) {
        let csr = graph.outgoing
        distance[source] = 0
        hops[source] = 0
        settled.append(Int32(source))
        queue[0] = Int32(source)
        var head = 0
        var tail = 1
        let limit = Int32(clamping: limit ?? Int.max)
        while head < tail {
            let v = Int(queue[head])
            head += 1
            if v == target { break }
            guard expands(v, source: source, target: target), hops[v] < limit else { continue }
            for slot in csr.slots(of: v) {
                let w = Int(csr.targets[slot])
                let e = Int(csr.edges[slot])
                guard hops[w] < 0, edgeStamp[e] != generation, enterable(w, target: target) else { continue }
                hops[w] = hops[v] + 1
                distance[w] = Double(hops[w])
                parent[w] = Int32(v)
                parentEdge[w] = Int32(e)
                settled.append(Int32(w))
                queue[tail] = Int32(w)
                tail += 1
            }
        }
    }

    /// Dijkstra; `settled` holds nodes in the order they were finalised, and `distance` of an
    /// unsettled reached node is its tentative distance (reset with the settled ones, since
    /// every reached node is settled before the heap empties unless the target stopped it).
    private mutating func dijkstra(from source: Int, to target: Int?, limit: Int?) {
        let csr = graph.outgoing
        var touched: [Int32] = [Int32(source)]
        runGeneration &+= 1
        let run = runGeneration
        // The heap is moved out while the search runs so that the loop can update `self`.
        var heap = self.heap
        self.heap = DistanceHeap(capacity: 0)
        distance[source] = 0
        hops[source] = 0
        heap.withOperations { queue in
            queue.insertOrDecrease(source, key: 0)
            while let (v, dv) = queue.popMin() {
                settledStamp[v] = run
                settled.append(Int32(v))
                if v == target { break }
                guard expands(v, source: source, target: target) else { continue }
                for slot in csr.slots(of: v) {
                    let w = Int(csr.targets[slot])
                    let e = Int(csr.edges[slot])
                    guard edgeStamp[e] != generation, enterable(w, target: target), settledStamp[w] != run else { continue }
                    let candidate = dv + csr.weight(at: slot)
                    if candidate < distance[w] {
                        if distance[w] == .infinity { touched.append(Int32(w)) }
                        distance[w] = candidate
                        hops[w] = hops[v] + 1
                        parent[w] = Int32(v)
                        parentEdge[w] = Int32(e)
                        queue.insertOrDecrease(w, key: candidate)
                    }
                }
            }
        }
        // A search stopped at the target leaves nodes in the heap.
        heap.removeAll()
        self.heap = heap
        // Reached but unsettled nodes (the search stopped at the target) must be reset too.
        for v in touched where settledStamp[Int(v)] != run {
            distance[Int(v)] = .infinity
            hops[Int(v)] = -1
            parent[Int(v)] = -1
            parentEdge[Int(v)] = -1
        }
    }

    /// The cheapest path of at most `limit` steps: `limit` rounds of Jacobi relaxation,
    /// keeping each round's improvements so the path can be traced back. Among paths of equal
    /// cost the one with fewest steps is found, which is also why it is simple (a cycle of
    /// weight ≥ 0 could be cut out for a path no dearer with fewer steps).
    private mutating func boundedBellmanFord(from source: Int, to target: Int?, limit: Int) -> Path? {
        let n = graph.nodeCount
        let csr = graph.outgoing
        var current = [Double](repeating: .infinity, count: n)
        current[source] = 0
        var layerParent: [[Int32]] = []
        var layerEdge: [[Int32]] = []
        var frontier: [Int32] = [Int32(source)]
        var round = 0
        while round < limit && !frontier.isEmpty {
            round += 1
            let previous = current
            var stepParent = [Int32](repeating: -1, count: n)
            var stepEdge = [Int32](repeating: -1, count: n)
            var next: [Int32] = []
            for v32 in frontier {
                let v = Int(v32)
                guard expands(v, source: source, target: target) else { continue }
                for slot in csr.slots(of: v) {
                    let w = Int(csr.targets[slot])
                    let e = Int(csr.edges[slot])
                    guard w != source, edgeStamp[e] != generation, enterable(w, target: target) else { continue }
                    let candidate = previous[v] + csr.weight(at: slot)
                    if candidate < current[w] || (candidate == current[w] && stepParent[w] >= 0 && v32 < stepParent[w]) {
                        if stepParent[w] < 0 { next.append(Int32(w)) }
                        current[w] = candidate
                        stepParent[w] = v32
                        stepEdge[w] = Int32(e)
                    }
                }
            }
            layerParent.append(stepParent)
            layerEdge.append(stepEdge)
            frontier = next.sorted()
        }
        for v in 0..<n where current[v].isFinite {
            distance[v] = current[v]
            settled.append(Int32(v))
        }
        guard let target, current[target].isFinite, target != source else {
            return target == source ? Path(nodes: [source], edges: [], cost: 0) : nil
        }
        var nodes = [target]
        var edges: [Int] = []
        var v = target
        var layer = layerParent.count - 1
        while v != source {
            while layerParent[layer][v] < 0 { layer -= 1 }
            edges.append(Int(layerEdge[layer][v]))
            v = Int(layerParent[layer][v])
            nodes.append(v)
            layer -= 1
        }
        nodes.reverse()
        edges.reverse()
        for (i, node) in nodes.enumerated() { hops[node] = Int32(i) }
        var cost = 0.0
        for e in edges { cost += graph.edgeWeights[e] }
        return Path(nodes: nodes, edges: edges, cost: cost)
    }
}

/// One level of a multilevel community method (``Louvain``, ``Leiden``): a weighted graph
/// whose nodes are the previous level's communities (the input graph's own nodes at the first
/// level).
///
/// What the local-moving phase reads, as flat buffers: each node's neighbours without
/// self-loops (in- and out-edges merged when directed, parallel entries summed) as CSR, the
/// weight of its self-loop (at later levels, the weight inside the community it stands for),
/// and its out- and in-strength side by side. An undirected graph stores half of each node's
/// degree as both strengths, so the directed gain and modularity formulas serve both kinds:
/// `k^out Σ^in + k^in Σ^out = k Σ / 2` and `Σ^out Σ^in = (Σ / 2)²` when the halves are equal.
struct CommunityLevel {
    let nodeCount: Int
    /// Row `v` spans `rowStart[v]..<rowStart[v + 1]` of `neighbors` and `neighborWeights`.
    var rowStart: [Int]
    var neighbors: [Int32]
    /// The weight of each neighbour entry; empty when every entry weighs 1 (see
    /// ``weight(at:)``), which spares the local-moving phase a second random read per row.
    var neighborWeights: [Double]
    /// Weight of each node's self-loop.
    var selfLoopWeight: [Double]
    /// Out-strength of node `v` at `2v`, in-strength at `2v + 1`.
    var strengths: [Double]

    /// The most entries any row has: the size of scratch that lists one row's entries.
    ///
    /// - Complexity: O(n).
    var largestDegree: Int {
        var largest = 0
        for v in 0..<nodeCount { largest = max(largest, rowStart[v + 1] - rowStart[v]) }
        return largest
    }

    /// The weight of the neighbour entry at `slot`.
    @inline(__always) func weight(at slot: Int) -> Double {
        neighborWeights.isEmpty ? 1 : neighborWeights[slot]
    }

    /// The first level: the graph itself, unit weights when it is unweighted.
    ///
    /// - Complexity: O(n + m) time and space.
    init(_ graph: AnalysisGraph) {
        if graph.isWeighted || graph.isDirected {
            self.init(edgesOf: graph)
        } else {
            self.init(unweightedUndirected: graph.outgoing)
        }
    }

    /// The first level of an unweighted undirected graph, read off its symmetric CSR, whose
    /// rows already list neighbours in edge-id order (a self-loop once): the same rows,
    /// self-loops and strengths as ``init(edgesOf:)`` builds — integer sums, so the order of
    /// summing cannot change them — without sorting the edges again, and with the unit
    /// weights left implicit. An analysis graph is simple (parallel edges collapse when it
    /// is built), so no two entries of a row need merging.
    ///
    /// - Complexity: O(n + m) time and space, one pass over the slots.
    init(unweightedUndirected csr: CSR) {
        let n = csr.nodeCount
        var rowStart = [Int](repeating: 0, count: n + 1)
        var neighbors = [Int32](repeating: 0, count: csr.slotCount)
        var selfLoopWeight = [Double](repeating: 0, count: n)
        var strengths = [Double](repeating: 0, count: 2 * n)
        var write = 0
        csr.offsets.withUnsafeBufferPointer { offsets in
        csr.targets.withUnsafeBufferPointer { targets in
        rowStart.withUnsafeMutableBufferPointer { rowStart in
        neighbors.withUnsafeMutableBufferPointer { neighbors in
        selfLoopWeight.withUnsafeMutableBufferPointer { selfLoopWeight in
        strengths.withUnsafeMutableBufferPointer { strengths in
            for u in 0..<n {
                rowStart[u] = write
                let lower = Int(offsets[u]), upper = Int(offsets[u + 1])
                var loops = 0
                for slot in lower..<upper {
                    let v = Int(targets[slot])
                    if v == u {
                        loops += 1
                    } else {
                        neighbors[write] = Int32(truncatingIfNeeded: v)
                        write += 1
                    }
                }
                selfLoopWeight[u] = Double(loops)
                // The degree counts a self-loop twice, as NetworkX; half of it on each side.
                let half = Double(upper - lower + loops) / 2
                strengths[2 * u] = half
                strengths[2 * u + 1] = half
            }
        }}}}}}
        rowStart[n] = write
        neighbors.removeLast(neighbors.count - write)
        self.init(nodeCount: n, rowStart: rowStart, neighbors: neighbors, neighborWeights: [],
                  selfLoopWeight: selfLoopWeight, strengths: strengths)
    }

    /// The first level of any graph, from its edge list: unit weights when it is unweighted,
    /// a directed graph's reciprocal edges merged into one entry.
    ///
    /// - Complexity: O(n + m) time and space (a counting sort by row, then one merge pass).
    init(edgesOf graph: AnalysisGraph) {
        let n = graph.nodeCount
        // Read once in edge order: indexing the endpoint views costs a binary search each.
        let sources = Array(graph.edgeSources), targets = Array(graph.edgeTargets)
        let edgeWeights = graph.isWeighted ? graph.edgeWeights : [Double](repeating: 1, count: graph.edgeCount)
        var selfLoopWeight = [Double](repeating: 0, count: n)
        var strengths = [Double](repeating: 0, count: 2 * n)
        var rowStart = [Int](repeating: 0, count: n + 1)
        for e in 0..<graph.edgeCount {
            let u = Int(sources[e]), v = Int(targets[e]), w = edgeWeights[e]
            strengths[2 * u] += w
            strengths[2 * v + 1] += w
            if u == v {
                selfLoopWeight[u] += w
            } else {
                rowStart[u + 1] += 1
                rowStart[v + 1] += 1
            }
        }
        if !graph.isDirected {
            // Out plus in is the degree (a self-loop counted twice, as NetworkX); keep half in each.
            for v in 0..<n {
                let half = (strengths[2 * v] + strengths[2 * v + 1]) / 2
                strengths[2 * v] = half
                strengths[2 * v + 1] = half
            }
        }
        for v in 0..<n { rowStart[v + 1] += rowStart[v] }
        var next = rowStart
        var neighbors = [Int32](repeating: 0, count: rowStart[n])
        var neighborWeights = [Double](repeating: 0, count: rowStart[n])
        for e in 0..<graph.edgeCount where sources[e] != targets[e] {
            let u = Int(sources[e]), v = Int(targets[e])
            neighbors[next[u]] = Int32(v)
            neighborWeights[next[u]] = edgeWeights[e]
            next[u] += 1
            neighbors[next[v]] = Int32(u)
            neighborWeights[next[v]] = edgeWeights[e]
            next[v] += 1
        }
        // A directed graph with both u→v and v→u lists each neighbour twice: merge in place,
        // keeping the order of first appearance.
        var lastRowOf = [Int32](repeating: -1, count: n)
        var slotOf = [Int](repeating: 0, count: n)
        var write = 0
        var read = 0
        for u in 0..<n {
            let end = rowStart[u + 1]
            rowStart[u] = write
            while read < end {
                let v = Int(neighbors[read])
                if lastRowOf[v] == Int32(u) {
                    neighborWeights[slotOf[v]] += neighborWeights[read]
                } else {
                    lastRowOf[v] = Int32(u)
                    slotOf[v] = write
                    neighbors[write] = neighbors[read]
                    neighborWeights[write] = neighborWeights[read]
                    write += 1
                }
                read += 1
            }
        }
        rowStart[n] = write
        neighbors.removeLast(neighbors.count - write)
        neighborWeights.removeLast(neighborWeights.count - write)
        self.init(nodeCount: n, rowStart: rowStart, neighbors: neighbors, neighborWeights: neighborWeights,
                  selfLoopWeight: selfLoopWeight, strengths: strengths)
    }

    init(nodeCount: Int, rowStart: [Int], neighbors: [Int32], neighborWeights: [Double],
         selfLoopWeight: [Double], strengths: [Double]) {
        self.nodeCount = nodeCount
        self.rowStart = rowStart
        self.neighbors = neighbors
        self.neighborWeights = neighborWeights
        self.selfLoopWeight = selfLoopWeight
        self.strengths = strengths
    }

    /// The modularity of this level's nodes as singletons — which, at a coarse level, is the
    /// modularity of the partition it was aggregated from, as NetworkX scores each level:
    /// `Q = Σ_v [ L_v / m − γ k_v^out k_v^in / m² ]`, with `L_v` the self-loop weight and `m`
    /// the input graph's total edge weight.
    ///
    /// - Complexity: O(n) time, O(1) space.
    func modularity(totalWeight m: Double, resolution: Double) -> Double {
        var inside = 0.0
        var expected = 0.0
        for v in 0..<nodeCount {
            inside += selfLoopWeight[v]
            expected += strengths[2 * v] * strengths[2 * v + 1]
        }
        return inside / m - resolution * expected / (m * m)
    }
}

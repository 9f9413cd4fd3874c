/// Compressed sparse row adjacency: the neighbours of node `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, and `edges` gives, slot for slot, the id of
/// the edge each neighbour comes through.
///
/// Everything is held in contiguous 32-bit buffers so that algorithms walk memory in order
/// and a graph of `m` edges costs 8 bytes per slot (16 with ``weights``).
public struct CSR: Hashable, Sendable {
    /// `nodeCount + 1` offsets into ``targets``; `offsets[0] == 0`, `offsets[n] == slotCount`.
    public let offsets: [Int32]
    /// The neighbour at each slot.
    public let targets: [Int32]
    /// The edge id at each slot.
    public let edges: [Int32]
    /// The weight at each slot, or empty when the graph is unweighted.
    public let weights: [Double]

    public var nodeCount: Int { offsets.count - 1 }
    public var slotCount: Int { targets.count }

    public init(offsets: [Int32], targets: [Int32], edges: [Int32], weights: [Double] = []) {
        precondition(!offsets.isEmpty && targets.count == edges.count, "malformed CSR")
        precondition(weights.isEmpty || weights.count == targets.count, "weights must match slots")
        self.offsets = offsets
        self.targets = targets
        self.edges = edges
        self.weights = weights
    }

    /// The slots of node `v`.
    @inlinable
    public func slots(of v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// The neighbours of node `v`, in slot order.
    public func neighbors(of v: Int) -> ArraySlice<Int32> { targets[slots(of: v)] }

    /// The number of slots of node `v` (its out-degree, or degree in a symmetric CSR).
    @inlinable
    public func degree(of v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// Builds a CSR from an edge list by counting sort, so each row lists its edges in edge-id
    /// order.
    ///
    /// - Parameters:
    ///   - nodeCount: the number of rows; every endpoint is in `0..<nodeCount`.
    ///   - sources: each edge's first endpoint, by edge id.
    ///   - targets: each edge's second endpoint, by edge id.
    ///   - weights: one weight per edge, or empty for none.
    ///   - symmetric: when true every edge `(u, v)` also appears as `(v, u)` — the undirected
    ///     view; a self-loop appears once.
    ///   - reversed: when true the row of an edge is its target (the incoming view).
    /// - Complexity: O(n + m) time and space.
    public static func build(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double] = [],
                             symmetric: Bool = false, reversed: Bool = false) -> CSR {
        let edgeCount = sources.count
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for e in 0..<edgeCount {
            let (u, v) = reversed ? (targets[e], sources[e]) : (sources[e], targets[e])
            offsets[Int(u) + 1] += 1
            if symmetric && u != v { offsets[Int(v) + 1] += 1 }
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        let slotCount = Int(offsets[nodeCount])
        var next = offsets
        var slotTargets = [Int32](repeating: 0, count: slotCount)
        var slotEdges = [Int32](repeating: 0, count: slotCount)
        var slotWeights = [Double](repeating: 0, count: weights.isEmpty ? 0 : slotCount)
        func place(_ row: Int32, _ neighbor: Int32, _ e: Int) {
            let slot = Int(next[Int(row)])
            next[Int(row)] += 1
            slotTargets[slot] = neighbor
            slotEdges[slot] = Int32(e)
            if !weights.isEmpty { slotWeights[slot] = weights[e] }
        }
        for e in 0..<edgeCount {
            let (u, v) = reversed ? (targets[e], sources[e]) : (sources[e], targets[e])
            place(u, v, e)
            if symmetric && u != v { place(v, u, e) }
        }
        return CSR(offsets: offsets, targets: slotTargets, edges: slotEdges, weights: slotWeights)
    }
}

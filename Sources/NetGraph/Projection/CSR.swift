/// Compressed sparse row adjacency: the neighbours of node `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, and `edges` gives, slot for slot, the id of
/// the edge each neighbour comes through.
///
/// Everything is held in contiguous 32-bit buffers so that algorithms walk memory in order
/// and a graph of `m` edges costs 8 bytes per slot. Weights are stored once per edge, not per
/// slot: the CSRs of one graph share one array, and a slot's weight is
/// `weights[edges[slot]]` (see ``weight(at:)``).
public struct CSR: Hashable, Sendable {
    /// `nodeCount + 1` offsets into ``targets``; `offsets[0] == 0`, `offsets[n] == slotCount`.
    public let offsets: [Int32]
    /// The neighbour at each slot.
    public let targets: [Int32]
    /// The edge id at each slot.
    public let edges: [Int32]
    /// The weight of each edge by edge id, or empty when the graph is unweighted.
    public let weights: [Double]

    public var nodeCount: Int { offsets.count - 1 }
    public var slotCount: Int { targets.count }

    public init(offsets: [Int32], targets: [Int32], edges: [Int32], weights: [Double] = []) {
        precondition(!offsets.isEmpty && targets.count == edges.count, "malformed CSR")
        self.offsets = offsets
        self.targets = targets
        self.edges = edges
        self.weights = weights
    }

    /// The slots of node `v`.
    @inlinable
    public func slots(of v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// The weight of the edge at `slot` (the graph must be weighted).
    @inlinable
    public func weight(at slot: Int) -> Double { weights[Int(edges[slot])] }

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
    ///   - weights: one weight per edge, or empty for none; kept as the CSR's weights by edge id.
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
        func place(_ row: Int32, _ neighbor: Int32, _ e: Int) {
            let slot = Int(next[Int(row)])
            next[Int(row)] += 1
            slotTargets[slot] = neighbor
            slotEdges[slot] = Int32(e)
        }
        for e in 0..<edgeCount {
            let (u, v) = reversed ? (targets[e], sources[e]) : (sources[e], targets[e])
            place(u, v, e)
            if symmetric && u != v { place(v, u, e) }
        }
        return CSR(offsets: offsets, targets: slotTargets, edges: slotEdges, weights: weights)
    }
}

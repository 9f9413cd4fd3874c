/// The simple graph that measures and path searches run on: nodes `0..<nodeCount`, at most
/// one edge per ordered pair (directed) or unordered pair (undirected), self-loops kept —
/// the same graph NetworkX's `Graph`/`DiGraph` builds from the same edge list.
///
/// Parallel input edges collapse into one, which keeps the smallest weight (the reading that
/// shortest paths need). Adjacency rows are sorted by neighbour index.
///
/// Edge ids number the distinct edges in order of (source, target) — for an undirected edge
/// the smaller endpoint is its source — and stay the same for every view and algorithm.
///
/// Memory: an undirected graph of `m` edges and `n` nodes holds `2m` slots of 4-byte targets
/// and 4-byte edge ids — 16 bytes per edge — plus 8 bytes per node (row offsets and the first
/// edge id of each row). Weights add 8 bytes per edge: one array by edge id, shared by
/// ``edgeWeights`` and the CSRs (24 bytes per weighted edge in all). A directed graph keeps
/// an outgoing and an incoming CSR (16 bytes per edge, 8 per node). Edge endpoints are not stored: ``edgeSources`` and ``edgeTargets`` read them
/// off the CSR (see ``source(of:)`` and ``target(of:)``).
///
/// Provenance: every edge knows the input edges — for a projection of a typed ``Graph``, the
/// relations — it stands for (``relations(ofEdge:)``), a range into one array of relation
/// ids: 4 bytes per input edge and 4 per edge.
public struct AnalysisGraph: Sendable {
    public let nodeCount: Int
    public let isDirected: Bool
    /// Out-neighbours (directed) or neighbours (undirected).
    public let outgoing: CSR
    /// In-neighbours; the same as ``outgoing`` when undirected.
    public let incoming: CSR
    /// `nodeCount + 1` entries: the edges whose source is `u` have the ids
    /// `firstEdgeOfNode[u] ..< firstEdgeOfNode[u + 1]`. For a directed graph this is
    /// `outgoing.offsets` (the outgoing row of `u` lists its edges in id order).
    public let firstEdgeOfNode: [Int32]
    /// Weight of each edge by edge id, or empty when unweighted.
    public let edgeWeights: [Double]
    /// `edgeCount + 1` entries: the relations edge `e` stands for are
    /// `edgeRelations[edgeRelationStart[e] ..< edgeRelationStart[e + 1]]`.
    public let edgeRelationStart: [Int32]
    /// The relation ids (input edge positions) of every edge, grouped by edge, each group in
    /// increasing order.
    public let edgeRelations: [Int32]

    /// The number of edges NetworkX counts (`G.number_of_edges()`), self-loops included.
    public let edgeCount: Int
    public var isWeighted: Bool { !edgeWeights.isEmpty }

    /// Builds the simple graph from an edge list, collapsing parallel edges.
    ///
    /// - Parameters:
    ///   - nodeCount: number of nodes; every endpoint must be in `0..<nodeCount`.
    ///   - sources: the edges' first endpoints, one per edge.
    ///   - targets: the edges' second endpoints, as many as `sources`.
    ///   - weights: one finite weight per edge, or empty for an unweighted graph.
    ///   - directed: whether `(u, v)` and `(v, u)` are different edges.
    ///   - relations: the relation id each input edge stands for, or nil when input edge `i`
    ///     is relation `i`; kept as the provenance of the edges (``relations(ofEdge:)``).
    /// - Complexity: O(n + m) time when each node's edges come in order of the other endpoint
    ///   (as generators write them), O(n + m log d) at worst, where d is the largest degree;
    ///   O(n + m) space.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double] = [], directed: Bool,
                relations: [Int32]? = nil) {
        precondition(sources.count == targets.count, "edge endpoint arrays differ in length")
        precondition(weights.isEmpty || weights.count == sources.count, "one weight per edge")
        precondition(sources.count < Int(Int32.max) / 2, "more edges than 32-bit edge ids hold")
        self.nodeCount = nodeCount
        self.isDirected = directed

        let distinct = AnalysisGraph.distinctEdges(nodeCount: nodeCount, sources: sources, targets: targets,
                                                   weights: weights, directed: directed)
        self.edgeCount = distinct.count
        self.edgeWeights = distinct.weights
        self.firstEdgeOfNode = distinct.firstEdge
        if let relations {
            precondition(relations.count == sources.count, "one relation id per input edge")
            (self.edgeRelationStart, self.edgeRelations) = AnalysisGraph.relationIDs(distinct, relations)
        } else {
            self.edgeRelationStart = distinct.inputStart
            self.edgeRelations = distinct.inputs
        }
        if directed {
            // The outgoing row of u is the sorted group of u's edges, whose ids are consecutive.
            outgoing = CSR(offsets: distinct.firstEdge, targets: distinct.targets,
                           edges: (0..<Int32(truncatingIfNeeded: distinct.count)).map { $0 }, weights: distinct.weights)
            incoming = AnalysisGraph.placedCSR(nodeCount: nodeCount, distinct, .incoming)
        } else {
            outgoing = AnalysisGraph.placedCSR(nodeCount: nodeCount, distinct, .symmetric)
            incoming = outgoing
        }
    }

    /// Density as NetworkX defines it: `m / (n(n-1))` directed, `2m / (n(n-1))` undirected,
    /// 0 for fewer than two nodes.
    public var density: Double {
        guard nodeCount > 1 else { return 0 }
        let n = Double(nodeCount)
        let m = Double(edgeCount)
        return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }

    /// The id of the edge from `u` to `v` (either way round when undirected), if any.
    ///
    /// - Complexity: O(log d(u)) — rows are sorted.
    public func edge(from u: Int, to v: Int) -> Int? {
        let slots = outgoing.slots(of: u)
        var low = slots.lowerBound
        var high = slots.upperBound
        let target = Int32(v)
        while low < high {
            let mid = (low + high) / 2
            if outgoing.targets[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < slots.upperBound && outgoing.targets[low] == target ? Int(outgoing.edges[low]) : nil
    }

    /// The relation ids edge `e` stands for, in increasing order: for a projection of a typed
    /// ``Graph``, every relation joining the edge's two ends that the projection walks that way.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func relations(ofEdge e: Int) -> ArraySlice<Int32> {
        edgeRelations[Int(edgeRelationStart[e])..<Int(edgeRelationStart[e + 1])]
    }

    /// The same graph seen undirected (NetworkX's `G.to_undirected()`, collapsing `u→v` and
    /// `v→u` into one edge with the smaller weight); each edge keeps the relations of both
    /// directed edges it joins.
    public func undirected() -> AnalysisGraph {
        guard isDirected else { return self }
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var relations: [Int32] = []
        sources.reserveCapacity(edgeRelations.count)
        targets.reserveCapacity(edgeRelations.count)
        relations.reserveCapacity(edgeRelations.count)
        for (e, (u, v)) in zip(edgeSources, edgeTargets).enumerated() {
            for r in self.relations(ofEdge: e) {
                sources.append(u)
                targets.append(v)
                relations.append(r)
                if isWeighted { weights.append(edgeWeights[e]) }
            }
        }
        return AnalysisGraph(nodeCount: nodeCount, sources: sources, targets: targets, weights: weights,
                             directed: false, relations: relations)
    }
}

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
    /// - Complexity: O(n + m) time when each node's edges come in order of the other endpoint
    ///   (as generators write them), O(n + m log d) at worst, where d is the largest degree;
    ///   O(n + m) space.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double] = [], directed: Bool) {
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

    /// The same graph seen undirected (NetworkX's `G.to_undirected()`, collapsing `u→v` and
    /// `v→u` into one edge with the smaller weight).
    public func undirected() -> AnalysisGraph {
        guard isDirected else { return self }
        return AnalysisGraph(nodeCount: nodeCount, sources: Array(edgeSources), targets: Array(edgeTargets),
                             weights: edgeWeights, directed: false)
    }
}

/// What two actors have in common: the associates they share, the relations directly between
/// them, and the entities on their shortest chains.
///
/// Definitions, on the undirected simple projection of the graph (a relation links its two
/// ends whichever way it is written, parallel relations are one link):
/// - a *shared associate* of `a` and `b` is a node other than both that is linked to each;
/// - the *direct* relations are those joining `a` and `b`;
/// - a node `v` (neither end) lies on a *shortest chain* when d(a, v) + d(v, b) = d(a, b),
///   d counting links; every node of every shortest chain is found, not only those of one.
public struct CommonGround: Sendable {
    /// One associate shared by both actors, with the relations that link it to each.
    public struct SharedAssociate: Hashable, Sendable {
        public var node: Int
        /// Relations between `a` and the associate, in relation order.
        public var viaA: [Int]
        /// Relations between `b` and the associate, in relation order.
        public var viaB: [Int]
    }

    public var a: Int
    public var b: Int
    /// Shared associates in node order.
    public var shared: [SharedAssociate]
    /// Relations joining `a` and `b`, in relation order.
    public var direct: [Int]
    /// The number of links on a shortest chain from `a` to `b`; nil when none joins them.
    public var distance: Int?
    /// The nodes on the shortest chains, ends excluded, by distance from `a`, then node order.
    public var onShortestChains: [Int]

    /// Compares `a` and `b` in `graph`.
    ///
    /// - Complexity: O(n + m): one projection and two breadth-first searches.
    public init(_ a: Int, _ b: Int, in graph: Graph) {
        precondition(a != b, "an actor has everything in common with itself")
        let projection = graph.undirectedSimpleProjection()
        self.a = a
        self.b = b
        let csr = projection.outgoing
        var isNeighborOfA = [Bool](repeating: false, count: projection.nodeCount)
        var edgeToA = [Int32](repeating: -1, count: projection.nodeCount)
        for slot in csr.slots(of: a) {
            isNeighborOfA[Int(csr.targets[slot])] = true
            edgeToA[Int(csr.targets[slot])] = csr.edges[slot]
        }
        var shared: [SharedAssociate] = []
        for slot in csr.slots(of: b) {
            let node = Int(csr.targets[slot])
            guard node != a && node != b && isNeighborOfA[node] else { continue }
            shared.append(SharedAssociate(node: node,
                                          viaA: projection.relations(ofEdge: Int(edgeToA[node])).map(Int.init),
                                          viaB: projection.relations(ofEdge: Int(csr.edges[slot])).map(Int.init)))
        }
        self.shared = shared.sorted { $0.node < $1.node }
        direct = projection.edge(from: a, to: b).map { projection.relations(ofEdge: $0).map(Int.init) } ?? []
        let fromA = BreadthFirst.distances(from: a, in: projection)
        let fromB = BreadthFirst.distances(from: b, in: projection)
        let total = fromA[b]
        distance = total < 0 ? nil : Int(total)
        onShortestChains = total < 0 ? [] : (0..<projection.nodeCount)
            .filter { $0 != a && $0 != b && fromA[$0] >= 0 && fromB[$0] >= 0 && fromA[$0] + fromB[$0] == total }
            .sorted { (fromA[$0], $0) < (fromA[$1], $1) }
    }
}

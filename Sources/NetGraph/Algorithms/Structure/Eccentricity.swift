/// Eccentricity, diameter and radius of a graph's largest connected component, seen
/// undirected — NetworkX's `eccentricity`, `diameter` and `radius` on that component (they
/// refuse disconnected graphs, so the component is what is meaningful).
public struct Eccentricity: Sendable {
    /// The nodes of the largest (weakly) connected component, in index order; of several of
    /// the same size, the one with the smallest node.
    public let nodes: [Int]
    /// The eccentricity of each of ``nodes`` (same order): the greatest number of steps from
    /// it to another node of the component.
    public let values: [Int]

    /// The greatest eccentricity (0 for a graph with at most one node).
    public var diameter: Int { values.max() ?? 0 }
    /// The least eccentricity (0 for a graph with at most one node).
    public var radius: Int { values.min() ?? 0 }

    /// Runs a breadth-first search from every node of the largest component of the undirected
    /// view of `graph`; weights are ignored.
    ///
    /// `progress`, when given, is called with (searches done, searches in all) after every
    /// 64 searches and at the end: on a large component this is the slow part of `structure`.
    ///
    /// - Complexity: O(c·(c + m_c)) time for a component of c nodes and m_c edges, O(n) space.
    public init(largestComponentOf graph: AnalysisGraph, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) {
        let view = graph.undirected()
        let components = ConnectedComponents(view)
        let members = (0..<view.nodeCount).filter { components.componentOfNode[$0] == 0 }
        var eccentricities: [Int] = []
        eccentricities.reserveCapacity(members.count)
        // The unweighted sweep settles nodes by non-decreasing hops: the last is the farthest.
        let hopsOnly = CSR(offsets: view.outgoing.offsets, targets: view.outgoing.targets, edges: view.outgoing.edges)
        var sweep = ShortestPathSweep(hopsOnly, reverse: hopsOnly)
        for (index, source) in members.enumerated() {
            sweep.run(from: source)
            eccentricities.append(Int(sweep.hops[Int(sweep.order[sweep.reached - 1])]))
            if let progress, (index + 1) % 64 == 0 || index + 1 == members.count { progress(index + 1, members.count) }
        }
        nodes = members
        values = eccentricities
    }
}

/// The cut vertices of a graph: nodes whose removal leaves more connected components —
/// NetworkX's `articulation_points` (on the undirected view when the graph is directed).
public struct ArticulationPoints: Sendable {
    /// The articulation points, in node-index order.
    public let nodes: [Int]

    /// Hopcroft and Tarjan's low-point depth-first search, run iteratively: a non-root node
    /// `u` is a cut vertex when some child `v` has `low(v) ≥ disc(u)`; the root when it has more
    /// than one child. Edge directions are ignored.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    /// - Reference: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient algorithms for graph
    ///   manipulation", *Communications of the ACM* 16(6) (1973) 372–378, doi:10.1145/362248.362272.
    public init(_ graph: AnalysisGraph) {
        let structure = CutStructure(graph)
        nodes = structure.isArticulation.indices.filter { structure.isArticulation[$0] }
    }
}

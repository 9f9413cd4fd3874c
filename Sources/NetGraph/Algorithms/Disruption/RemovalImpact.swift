/// How a network holds together once some of its nodes are gone: the measures a removal
/// simulation reports after each step (``RemovalSimulation``).
///
/// On the undirected view of the graph, with the removed nodes and their ties taken out; N is
/// the original number of nodes, n the number left:
/// - `largestComponentShare`: the largest component's size over N (Schneider et al.'s S);
/// - `components`: the connected components among the n nodes left;
/// - `fragmentation`: Borgatti's F = 1 − Σ s(s−1) / (n(n−1)) (1 when n < 2);
/// - `distanceFragmentation`: Borgatti's DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n−1)), 1/d = 0 when
///   no path joins i and j (1 when n < 2);
/// - `efficiency`: NetworkX's `global_efficiency` of what is left, 1 − DF (0 when n < 2);
/// - `averagePathLength`: the mean distance over the ordered pairs a path joins, nil when
///   none is joined (NetworkX's `average_shortest_path_length` refuses a disconnected graph;
///   this averages over what is reachable instead).
public struct RemovalImpact: Hashable, Sendable {
    public var largestComponentShare: Double
    public var components: Int
    public var fragmentation: Double
    public var distanceFragmentation: Double
    public var efficiency: Double
    public var averagePathLength: Double?

    /// The impact of removing `removed` (node indices) from `graph`.
    ///
    /// - Complexity: O(n·(n + m)): a breadth-first search from every node left.
    public init(removing removed: [Int], from graph: AnalysisGraph) {
        let view = graph.undirected()
        let total = view.nodeCount
        let gone = Set(removed)
        let left = total - gone.count
        var labeling = ComponentLabeling(view)
        let sizes = labeling.run(removing: Array(gone))
        largestComponentShare = total == 0 ? 0 : Double(sizes.max() ?? 0) / Double(total)
        components = sizes.count
        let connectedPairs = sizes.reduce(0) { $0 + $1 * ($1 - 1) }
        var sweep = ReciprocalDistanceSweep(view)
        let sums = sweep.sums(removing: Array(gone))
        if left >= 2 {
            let pairs = Double(left) * Double(left - 1)
            fragmentation = 1 - Double(connectedPairs) / pairs
            efficiency = sums.reciprocal / pairs
            distanceFragmentation = 1 - efficiency
        } else {
            fragmentation = 1
            efficiency = 0
            distanceFragmentation = 1
        }
        averagePathLength = sums.joinedPairs == 0 ? nil : Double(sums.distance) / Double(sums.joinedPairs)
    }
}

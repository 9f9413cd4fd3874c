/// A walk through the simple graph without repeated nodes: its nodes in order, the edge id of
/// each step, the number of steps and the total weight.
public struct Path: Hashable, Sendable, Comparable {
    /// Node indices from the source to the target; a single node for the empty path.
    public var nodes: [Int]
    /// The ``AnalysisGraph`` edge id of each step; `edges.count == nodes.count - 1`.
    public var edges: [Int]
    /// The sum of the steps' weights, or the number of steps when the search was unweighted.
    public var cost: Double

    public init(nodes: [Int], edges: [Int], cost: Double) {
        precondition(edges.count == max(0, nodes.count - 1), "one edge per step")
        self.nodes = nodes
        self.edges = edges
        self.cost = cost
    }

    /// The number of steps.
    public var hops: Int { edges.count }

    /// Orders by cost, then hops, then node sequence — the deterministic tie order every path
    /// search here uses.
    public static func < (lhs: Path, rhs: Path) -> Bool {
        if lhs.cost != rhs.cost { return lhs.cost < rhs.cost }
        if lhs.hops != rhs.hops { return lhs.hops < rhs.hops }
        return lhs.nodes.lexicographicallyPrecedes(rhs.nodes)
    }

    /// Rebuilds a path from a predecessor array filled by a search from `source`: `parent[v]`
    /// and `parentEdge[v]` name the step that reached `v`.
    static func traced(to target: Int, parent: [Int32], parentEdge: [Int32], cost: Double) -> Path {
        var nodes = [target]
        var edges: [Int] = []
        var v = target
        while parent[v] >= 0 {
            edges.append(Int(parentEdge[v]))
            v = Int(parent[v])
            nodes.append(v)
        }
        return Path(nodes: nodes.reversed(), edges: edges.reversed(), cost: cost)
    }
}

import NetGraph

/// The shortest chain of relations between two entities, for drawing a path over the graph.
public enum ShortestChain {
    /// The relations of a shortest path from `source` to `target`, ignoring direction (every
    /// relation links both ways), in order from `source`; empty when `source == target`,
    /// nil when no path exists.
    ///
    /// The path is the shared breadth-first search's (NetGraph's `BreadthFirst.shortestPath(from:to:in:constraints:)`
    /// on the undirected analysis graph, the same answer `netgraph path` gives); each step
    /// is drawn through the first relation, in file order, that joins its two entities.
    ///
    /// - Complexity: O(n + m) time, O(n + m) space.
    public static func relations(from source: Int, to target: Int, in graph: Graph) -> [Int]? {
        if source == target { return [] }
        guard let simple = try? graph.analysisGraph(),
              let path = BreadthFirst.shortestPath(from: source, to: target, in: simple) else { return nil }
        return path.edges.map { Int(simple.relations(ofEdge: $0).first!) }
    }

    /// The nodes along `chain` (as returned by ``relations(from:to:in:)``), starting at `source`.
    public static func nodes(from source: Int, along chain: [Int], in graph: Graph) -> [Int] {
        var nodes = [source]
        var current = source
        for r in chain {
            let a = Int(graph.relationSources[r])
            current = a == current ? Int(graph.relationTargets[r]) : a
            nodes.append(current)
        }
        return nodes
    }
}

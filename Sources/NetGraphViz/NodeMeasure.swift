import NetGraph

/// Per-node measures the renderer can size nodes by, computed here when they are trivial.
/// Other measures (betweenness, PageRank…) come from NetGraph's algorithms as a `[Double]`
/// in node order and go to ``RenderOptions/nodeSize`` the same way.
public enum NodeMeasure {
    /// The number of relations touching each node, parallel relations counted separately
    /// and a self-relation once. Unlike
    /// NetworkX's `degree` on the analysis graph, parallel relations are not merged, since a
    /// drawing shows every relation.
    ///
    /// - Complexity: O(n) time and space.
    public static func degree(of graph: Graph) -> [Double] {
        var degrees = [Double](repeating: 0, count: graph.nodeCount)
        for r in 0..<graph.relationCount {
            let (u, v) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
            degrees[u] += 1
            if v != u { degrees[v] += 1 }
        }
        return degrees
    }
}

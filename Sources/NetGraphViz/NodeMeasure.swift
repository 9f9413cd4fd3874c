import NetGraph

/// Per-node measures the renderer can size nodes by, computed here when they are trivial.
/// Other measures (betweenness, PageRank…) come from NetGraph's algorithms as a `[Double]`
/// in node order and go to ``RenderOptions/nodeSize`` the same way.
public enum NodeMeasure {
    /// The number of relations touching each node, parallel relations counted separately
    /// and a self-relation once: the row lengths of the undirected CSR view. Unlike
    /// NetworkX's `degree` on the analysis graph, parallel relations are not merged, since a
    /// drawing shows every relation.
    ///
    /// - Complexity: O(n) time and space.
    public static func degree(of graph: Graph) -> [Double] {
        let offsets = graph.undirected.offsets
        return (0..<graph.nodeCount).map { Double(offsets[$0 + 1] - offsets[$0]) }
    }
}

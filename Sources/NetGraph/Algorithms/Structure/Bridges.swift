/// The bridges of a graph: edges whose removal leaves more connected components —
/// NetworkX's `bridges` (on the undirected view when the graph is directed).
public struct Bridges: Sendable {
    /// The bridges as node pairs `(u, v)` with `u ≤ v`, sorted by `u` then `v`.
    public let pairs: [(Int, Int)]

    /// The same low-point depth-first search as ``ArticulationPoints``: tree edge `u–v` is a
    /// bridge when `low(v) > disc(u)`. Edge directions are ignored; self-loops are never bridges.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    /// - Reference: R. E. Tarjan, "A note on finding the bridges of a graph", *Information
    ///   Processing Letters* 2(6) (1974) 160–161, doi:10.1016/0020-0190(74)90003-9.
    public init(_ graph: AnalysisGraph) {
        pairs = CutStructure(graph).bridgeEndpoints
    }
}

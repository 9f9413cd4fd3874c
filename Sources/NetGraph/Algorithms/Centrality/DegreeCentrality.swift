/// Degree centrality, as NetworkX's `degree_centrality`, `in_degree_centrality` and
/// `out_degree_centrality`.
///
/// `C(v) = deg(v) / (n − 1)`; with `normalized: false` the raw degree. A self-loop adds 2
/// to an undirected degree and 1 to each of the in- and out-degree, as NetworkX counts it.
/// A graph of one node scores 1 (NetworkX's convention); an empty graph gives no scores.
///
/// Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification",
/// Social Networks 1 (1979) 215–239, doi:10.1016/0378-8733(78)90021-7.
public enum DegreeCentrality {
    /// Which edges a directed graph counts.
    public enum Direction: String, Sendable, CaseIterable {
        /// In plus out (NetworkX's `degree_centrality` on a `DiGraph`).
        case all
        case incoming
        case outgoing
    }

    /// The degree centrality of every node.
    ///
    /// - Parameters:
    ///   - graph: the simple graph; weights are ignored.
    ///   - direction: ignored for undirected graphs, where every direction is the degree.
    ///   - normalized: divide by `n − 1` (default, as NetworkX); false gives the raw counts.
    /// - Complexity: O(n + m) time (self-loops are found by binary search in sorted rows:
    ///   O(n log d)), O(n) space.
    public static func scores(_ graph: AnalysisGraph, direction: Direction = .all, normalized: Bool = true) -> Scores {
        let n = graph.nodeCount
        if n == 1 && normalized { return Scores([1]) }
        var result = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let loop = graph.edge(from: v, to: v) != nil ? 1 : 0
            let degree: Int
            if !graph.isDirected {
                degree = graph.outgoing.degree(of: v) + loop
            } else {
                switch direction {
                case .all: degree = graph.outgoing.degree(of: v) + graph.incoming.degree(of: v)
                case .incoming: degree = graph.incoming.degree(of: v)
                case .outgoing: degree = graph.outgoing.degree(of: v)
                }
            }
            result[v] = Double(degree)
        }
        if normalized && n > 1 {
            let scale = 1 / Double(n - 1)
            for v in 0..<n { result[v] *= scale }
        }
        return Scores(result)
    }
}

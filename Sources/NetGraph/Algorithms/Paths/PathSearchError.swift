/// Why a path search cannot run.
public enum PathSearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An edge weighs less than zero or is not a number: Dijkstra's algorithm (and Yen's on top
    /// of it) is only correct for non-negative weights. `edge` is the ``AnalysisGraph`` edge id.
    case invalidWeight(edge: Int, from: Int, to: Int, weight: Double)

    public var description: String {
        switch self {
        case let .invalidWeight(edge, from, to, weight):
            let what = weight.isNaN ? "is not a number" : "is negative (\(weight))"
            return "the weight of edge \(edge) (\(from) → \(to)) \(what); shortest paths need weights ≥ 0"
        }
    }

    /// Checks every weight of `graph` once.
    /// - Throws: ``invalidWeight(edge:from:to:weight:)`` for the first bad edge, by edge id.
    /// - Complexity: O(m).
    static func validate(_ graph: AnalysisGraph) throws(PathSearchError) {
        for (e, w) in graph.edgeWeights.enumerated() where !(w >= 0) {
            throw .invalidWeight(edge: e, from: Int(graph.edgeSources[e]), to: Int(graph.edgeTargets[e]), weight: w)
        }
    }
}
